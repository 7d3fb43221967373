using System;
using System.Text;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Turns what a <c>capture</c> collected back into text. A capture collects the part's XML as
/// rendered: values already escaped, and whole paragraphs with their markup when the capture
/// spans paragraphs. Its text is the content of the text elements, breaks and tabs as
/// <c>\n</c> and <c>\t</c>, paragraphs separated by <c>\n</c>, entities decoded; written later,
/// it is escaped once like any value.
/// </summary>
internal static class CapturedXml
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string ToText(string xml)
    {
        if (xml.IndexOf('<') < 0)
        {
            return Decode(xml, 0, xml.Length);
        }

        var text = new StringBuilder(xml.Length);
        var inText = true;
        var sawTag = false;
        var propertiesDepth = 0;
        var pendingParagraph = false;
        var position = 0;
        while (position < xml.Length)
        {
            var open = xml.IndexOf('<', position);
            var stop = open < 0 ? xml.Length : open;
            if (stop > position && inText && propertiesDepth == 0 && (sawTag || !IsWhiteSpace(xml, position, stop)))
            {
                if (pendingParagraph && text.Length > 0)
                {
                    text.Append('\n');
                }

                pendingParagraph = false;
                text.Append(Decode(xml, position, stop));
            }

            if (open < 0)
            {
                break;
            }

            var close = xml.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            sawTag = true;
            var closing = xml[open + 1] == '/';
            var empty = xml[close - 1] == '/';
            var local = LocalName(xml, closing ? open + 2 : open + 1, close);
            position = close + 1;
            if (xml[open + 1] is '?' or '!')
            {
                continue;
            }

            switch (local)
            {
                case "t":
                    inText = !closing && !empty;
                    break;
                case "pPr" or "rPr" or "sectPr" or "tblPr" or "trPr" or "tcPr":
                    propertiesDepth += empty ? 0 : closing ? -1 : 1;
                    inText = false;
                    break;
                case "br" or "cr" when !closing && propertiesDepth == 0:
                    Append(text, ref pendingParagraph, '\n');
                    inText = false;
                    break;
                case "tab" when !closing && propertiesDepth == 0:
                    Append(text, ref pendingParagraph, '\t');
                    inText = false;
                    break;
                case "p" when closing || empty:
                    pendingParagraph = true;
                    inText = false;
                    break;
                default:
                    inText = false;
                    break;
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ref bool pendingParagraph, char c)
    {
        if (pendingParagraph && text.Length > 0)
        {
            text.Append('\n');
        }

        pendingParagraph = false;
        text.Append(c);
    }

    private static bool IsWhiteSpace(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string LocalName(string xml, int from, int to)
    {
        var end = from;
        while (end < to && xml[end] is not (' ' or '/' or '\t' or '\r' or '\n'))
        {
            end++;
        }

        var name = xml.Substring(from, end - from);
        var colon = name.IndexOf(':');
        return colon < 0 ? name : name.Substring(colon + 1);
    }

    /// <summary>The number written in <paramref name="entity"/> from <paramref name="from"/>, or -1.</summary>
    private static int Number(string entity, int from, int radix)
    {
        var value = 0;
        for (var i = from; i < entity.Length; i++)
        {
            var digit = HexDigits.IndexOf(char.ToUpperInvariant(entity[i]));
            if (digit < 0 || digit >= radix || value > 0x10FFFF)
            {
                return -1;
            }

            value = (value * radix) + digit;
        }

        return entity.Length > from ? value : -1;
    }

    private static string? FromCode(int code) =>
        code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;

    private static string Decode(string xml, int from, int to)
    {
        var text = new StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            var c = xml[i];
            var semicolon = c == '&' ? xml.IndexOf(';', i) : -1;
            if (semicolon < 0 || semicolon >= to)
            {
                text.Append(c);
                continue;
            }

            var entity = xml.Substring(i + 1, semicolon - i - 1);
            var decoded = entity switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ when entity.StartsWith("#x", StringComparison.Ordinal) => FromCode(Number(entity, 2, 16)),
                _ when entity.StartsWith("#", StringComparison.Ordinal) => FromCode(Number(entity, 1, 10)),
                _ => null,
            };
            if (decoded is null)
            {
                text.Append(c);
                continue;
            }

            text.Append(decoded);
            i = semicolon;
        }

        return text.ToString();
    }
}
