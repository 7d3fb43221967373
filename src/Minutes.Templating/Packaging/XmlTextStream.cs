using System.IO;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Writes UTF-8 text into XML element content, escaping <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as
/// it passes (ASCII bytes never occur inside a multi-byte UTF-8 sequence).
/// </summary>
internal sealed class XmlTextStream : WriteOnlyStream
{
    private static readonly byte[] Ampersand = { (byte)'&', (byte)'a', (byte)'m', (byte)'p', (byte)';' };
    private static readonly byte[] LessThan = { (byte)'&', (byte)'l', (byte)'t', (byte)';' };
    private static readonly byte[] GreaterThan = { (byte)'&', (byte)'g', (byte)'t', (byte)';' };

    private readonly Stream _inner;

    public XmlTextStream(Stream inner) => _inner = inner;

    public override void Write(byte[] buffer, int offset, int count)
    {
        var end = offset + count;
        var run = offset;
        for (var i = offset; i < end; i++)
        {
            var entity = buffer[i] switch
            {
                (byte)'&' => Ampersand,
                (byte)'<' => LessThan,
                (byte)'>' => GreaterThan,
                _ => null,
            };
            if (entity is not null)
            {
                _inner.Write(buffer, run, i - run);
                _inner.Write(entity, 0, entity.Length);
                run = i + 1;
            }
        }

        _inner.Write(buffer, run, end - run);
    }
}
