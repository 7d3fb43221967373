using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace Minutes.Templating.Compilation;

/// <summary>
/// The template's literal text (the content of its elements), kept out of the Scriban code: a
/// translated part holds a marker, the processing instruction <c>&lt;?minutes-text N?&gt;</c>,
/// where the text was; Scriban passes the marker through as raw text, and the structural pass
/// writes the text in its place. Scriban never lexes the text and a part's rendered output holds
/// only its markup, so a part with megabytes of text costs the engine its markup, and the text
/// is written once, straight from the template. One list for all parts of a template: a capture
/// in the body may be written in a footer. Immutable once compiled; shared by every render.
/// </summary>
internal sealed class LiteralTexts
{
    /// <summary>The target of the marker's processing instruction; the translator drops a template's own instruction of this name.</summary>
    public const string Target = "minutes-text";

    private const string Opening = "<?" + Target + " ";
    private const string Closing = "?>";

    /// <summary>Chunks for the writer: small enough to stay off the large object heap.</summary>
    private const int ChunkChars = 4096;

    /// <summary>What XML element content escapes: the text was read by an XML reader, so it holds no other character that needs it.</summary>
    private static readonly char[] Escaped = ['&', '<', '>', '\r'];

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly List<(string Source, int Start, int Length, long Escaped)> _texts = [];

    /// <summary>Adds the text <c>source[start..start+length)</c> (no copy is made) and appends its marker to <paramref name="code"/>.</summary>
    public void AppendMarker(StringBuilder code, string source, int start, int length)
    {
        code.Append(Opening).Append(_texts.Count.ToString(CultureInfo.InvariantCulture)).Append(Closing);
        _texts.Add((source, start, length, EscapedLength(source, start, length)));
    }

    /// <summary>The index in a marker's instruction data (<see cref="XmlReader.Value"/>), or -1 when it names no text.</summary>
    public int IndexOf(string data)
    {
        var index = 0;
        var digits = 0;
        foreach (var c in data)
        {
            if (c is < '0' or > '9' || ++digits > 9)
            {
                return -1;
            }

            index = (index * 10) + (c - '0');
        }

        return digits > 0 && index < _texts.Count ? index : -1;
    }

    /// <summary>
    /// Writes text <paramref name="index"/> as the content of the element <paramref name="writer"/>
    /// is in. A text longer than a chunk goes past the writer, whose character-by-character loop
    /// costs some 15 ns a character (a 40 MB text, 0.6 s): the writer hands what it holds to
    /// <paramref name="output"/>, the stream under it, and the text follows, escaped as the writer
    /// escapes element content and encoded as UTF-8 a chunk at a time. A shorter text is cheaper
    /// through the writer than a flush.
    /// </summary>
    /// <param name="writer">The writer, inside the element the text belongs to.</param>
    /// <param name="output">The stream <paramref name="writer"/> writes to; its <c>Flush</c> must not end a deflate block.</param>
    /// <param name="index">The text's index, from <see cref="IndexOf"/>.</param>
    /// <param name="buffers">Reused from text to text within one part.</param>
    public void WriteTo(XmlWriter writer, Stream output, int index, Buffers buffers)
    {
        var (source, start, length, _) = _texts[index];
        var end = start + length;
        var direct = length > ChunkChars;
        if (direct)
        {
            writer.WriteString(string.Empty); // closes the element's start tag
            writer.Flush();
        }

        while (start < end)
        {
            var count = Math.Min(ChunkChars, end - start);
            if (count > 1 && start + count < end && char.IsHighSurrogate(source[start + count - 1]))
            {
                count--;
            }

            if (direct)
            {
                output.Write(buffers.Bytes, 0, Encode(source, start, count, buffers.Bytes));
            }
            else
            {
                source.CopyTo(start, buffers.Chars, 0, count);
                writer.WriteChars(buffers.Chars, 0, count);
            }

            start += count;
        }
    }

    /// <summary>Escapes and encodes <c>source[start..start+count)</c> into <paramref name="bytes"/>, as the writer would; returns the bytes written.</summary>
    private static int Encode(string source, int start, int count, byte[] bytes)
    {
        var written = 0;
        var end = start + count;
        while (start < end)
        {
            var special = source.IndexOfAny(Escaped, start, end - start);
            var plain = (special < 0 ? end : special) - start;
            written += Utf8.GetBytes(source, start, plain, bytes, written);
            if (special < 0)
            {
                break;
            }

            foreach (var c in EntityOf(source[special]))
            {
                bytes[written++] = (byte)c;
            }

            start = special + 1;
        }

        return written;
    }

    /// <summary>The buffers <see cref="WriteTo"/> reuses: small enough to stay off the large object heap.</summary>
    public sealed class Buffers
    {
        /// <summary>A chunk of characters for the writer.</summary>
        public char[] Chars { get; } = new char[ChunkChars];

        /// <summary>A chunk encoded: at most five bytes a character (an entity).</summary>
        public byte[] Bytes { get; } = new byte[5 * ChunkChars];
    }

    /// <summary>
    /// The number of characters <c>text[offset..offset+count)</c> stands for once its markers are
    /// replaced by their texts escaped for XML: what the output budget counts.
    /// </summary>
    public long ExpandedLength(string text, int offset, int count)
    {
        long length = count;
        var end = offset + count;
        var position = offset;
        while (FindMarker(text, ref position, end, out var markerStart, out var index))
        {
            length += _texts[index].Escaped - (position - markerStart);
        }

        return length;
    }

    /// <summary>
    /// Appends <c>text[offset..offset+count)</c> with each marker replaced by its text escaped for
    /// XML content, as the translator would have written the text itself: for a capture block, which
    /// reads the XML as text, and for note parts, which are read whole.
    /// </summary>
    public void AppendExpanded(StringBuilder builder, string text, int offset, int count)
    {
        var end = offset + count;
        var position = offset;
        var copied = offset;
        while (FindMarker(text, ref position, end, out var markerStart, out var index))
        {
            builder.Append(text, copied, markerStart - copied);
            var (source, start, length, _) = _texts[index];
            AppendEscaped(builder, source, start, length);
            copied = position;
        }

        builder.Append(text, copied, end - copied);
    }

    /// <summary>Escapes text for XML element content as the writer does: <c>\r</c> as a character reference, since the writer entitizes new lines.</summary>
    private static void AppendEscaped(StringBuilder builder, string value, int start, int count)
    {
        var end = start + count;
        while (start < end)
        {
            var special = value.IndexOfAny(Escaped, start, end - start);
            if (special < 0)
            {
                builder.Append(value, start, end - start);
                return;
            }

            builder.Append(value, start, special - start).Append(EntityOf(value[special]));
            start = special + 1;
        }
    }

    private static long EscapedLength(string source, int start, int length)
    {
        long escaped = length;
        var end = start + length;
        for (var i = start; i < end && (i = source.IndexOfAny(Escaped, i, end - i)) >= 0; i++)
        {
            escaped += EntityOf(source[i]).Length - 1;
        }

        return escaped;
    }

    /// <summary>The entity for one of <see cref="Escaped"/>.</summary>
    private static string EntityOf(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => "&#xD;",
    };

    /// <summary>Finds the next marker in <c>text[position..end)</c> that names a text; on success <paramref name="position"/> is just after it.</summary>
    private bool FindMarker(string text, ref int position, int end, out int markerStart, out int index)
    {
        while (position < end)
        {
            markerStart = text.IndexOf(Opening, position, end - position, StringComparison.Ordinal);
            if (markerStart < 0)
            {
                break;
            }

            var close = text.IndexOf(Closing, markerStart + Opening.Length, end - markerStart - Opening.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            var digits = close - markerStart - Opening.Length;
            if (digits > 9)
            {
                position = markerStart + Opening.Length;
                continue;
            }

            position = close + Closing.Length;
            index = IndexOf(text.Substring(markerStart + Opening.Length, digits));
            if (index >= 0)
            {
                return true;
            }
        }

        position = end;
        markerStart = -1;
        index = -1;
        return false;
    }
}
