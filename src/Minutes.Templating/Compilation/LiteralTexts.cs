using System;
using System.Collections.Generic;
using System.Globalization;
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

    /// <summary>Writes text <paramref name="index"/> as element content, in chunks that never split a surrogate pair.</summary>
    public void WriteTo(XmlWriter writer, int index, char[] buffer)
    {
        var (source, start, length, _) = _texts[index];
        var end = start + length;
        while (start < end)
        {
            var count = Math.Min(Math.Min(buffer.Length, ChunkChars), end - start);
            if (count > 1 && start + count < end && char.IsHighSurrogate(source[start + count - 1]))
            {
                count--;
            }

            source.CopyTo(start, buffer, 0, count);
            writer.WriteChars(buffer, 0, count);
            start += count;
        }
    }

    /// <summary>A buffer for <see cref="WriteTo"/>.</summary>
    public static char[] NewBuffer() => new char[ChunkChars];

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

    /// <summary>Escapes text for XML element content; <c>\r</c> as a character reference, so that a reader gives it back.</summary>
    private static void AppendEscaped(StringBuilder builder, string value, int start, int count)
    {
        var end = start + count;
        var plain = start;
        for (var i = start; i < end; i++)
        {
            var replacement = value[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (replacement is not null)
            {
                builder.Append(value, plain, i - plain).Append(replacement);
                plain = i + 1;
            }
        }

        builder.Append(value, plain, end - plain);
    }

    private static long EscapedLength(string source, int start, int length)
    {
        long escaped = length;
        for (var i = start; i < start + length; i++)
        {
            escaped += source[i] switch
            {
                '&' or '<' or '>' => 3,
                '\r' => 4,
                _ => 0,
            };
        }

        return escaped;
    }

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
