using System.IO;
using System.IO.Compression;

namespace Minutes.Templating.Packaging;

/// <summary>A zip entry compressed once (a template part no render changes), copied as is into every output package.</summary>
internal sealed class CompressedEntry
{
    /// <summary>The zip method of an entry stored as is.</summary>
    public const ushort Stored = 0;

    /// <summary>The zip method of a deflated entry.</summary>
    public const ushort Deflated = 8;

    private CompressedEntry(string name, ushort method, uint crc, long length, byte[] data)
    {
        Name = name;
        Method = method;
        Crc = crc;
        Length = length;
        Data = data;
    }

    /// <summary>The entry name.</summary>
    public string Name { get; }

    /// <summary><see cref="Stored"/> (an empty entry) or <see cref="Deflated"/>.</summary>
    public ushort Method { get; }

    /// <summary>The CRC-32 of the uncompressed bytes.</summary>
    public uint Crc { get; }

    /// <summary>The uncompressed length.</summary>
    public long Length { get; }

    /// <summary>The deflated bytes.</summary>
    public byte[] Data { get; }

    /// <summary>Deflates <paramref name="data"/> at <paramref name="level"/>.</summary>
    public static CompressedEntry Create(string name, byte[] data, CompressionLevel level)
    {
        if (data.Length == 0)
        {
            return new CompressedEntry(name, Stored, 0, 0, data);
        }

        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
        {
            deflate.Write(data, 0, data.Length);
        }

        return new CompressedEntry(name, Deflated, System.IO.Hashing.Crc32.HashToUInt32(data), data.Length, buffer.ToArray());
    }
}
