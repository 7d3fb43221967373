using System.Runtime.CompilerServices;

namespace Minutes.Templating.Packaging;

/// <summary>The CRC-32 of zip entries (polynomial 0xEDB88320), eight bytes at a time.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues <paramref name="crc"/> (0 to start) over the bytes, like zlib's <c>crc32</c>.</summary>
    // Optimised from the first call: a render checksums a whole part in one go, and the first
    // render of a large part would otherwise run this loop unoptimised (3 times slower) until the JIT tiers it up.
    [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization, which netstandard2.0 does not name
    public static uint Append(uint crc, byte[] data, int offset, int count)
    {
        var table = Table;
        var c = ~crc;
        while (count >= 8)
        {
            c ^= (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24));
            var high = (uint)(data[offset + 4] | (data[offset + 5] << 8) | (data[offset + 6] << 16) | (data[offset + 7] << 24));
            c = table[(7 * 256) + (c & 0xFF)] ^ table[(6 * 256) + ((c >> 8) & 0xFF)]
                ^ table[(5 * 256) + ((c >> 16) & 0xFF)] ^ table[(4 * 256) + (c >> 24)]
                ^ table[(3 * 256) + (high & 0xFF)] ^ table[(2 * 256) + ((high >> 8) & 0xFF)]
                ^ table[256 + ((high >> 16) & 0xFF)] ^ table[high >> 24];
            offset += 8;
            count -= 8;
        }

        while (count-- > 0)
        {
            c = table[(c ^ data[offset++]) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        for (var i = 256; i < table.Length; i++)
        {
            var previous = table[i - 256];
            table[i] = (previous >> 8) ^ table[previous & 0xFF];
        }

        return table;
    }
}
