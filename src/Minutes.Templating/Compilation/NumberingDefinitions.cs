using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>
/// What a render needs from <c>word/numbering.xml</c> to restart lists: which abstract list each
/// list instance uses, the start value of each level, the highest list id, and the part's text
/// split where new list instances go (after the last <c>w:num</c>).
/// </summary>
internal sealed class NumberingDefinitions
{
    private const string InsertionMarker = "minutes-templating-insert-num";

    private readonly Dictionary<int, int> _abstractOfNum;
    private readonly Dictionary<int, List<(int Level, int Start)>> _levelStarts;
    private readonly string _prefix;

    private NumberingDefinitions(string entryName, Dictionary<int, int> abstractOfNum, Dictionary<int, List<(int, int)>> levelStarts, string text, string wordPrefix)
    {
        EntryName = entryName;
        _abstractOfNum = abstractOfNum;
        _levelStarts = levelStarts;
        MaxNumId = abstractOfNum.Count == 0 ? 0 : abstractOfNum.Keys.Max();
        var marker = text.IndexOf("<!--" + InsertionMarker + "-->", System.StringComparison.Ordinal);
        Before = text.Substring(0, marker);
        After = text.Substring(marker + InsertionMarker.Length + 7);
        _prefix = string.IsNullOrEmpty(wordPrefix) ? "" : wordPrefix + ":";
    }

    /// <summary>The zip entry name of the numbering part.</summary>
    public string EntryName { get; }

    /// <summary>The highest <c>w:numId</c> in the template.</summary>
    public int MaxNumId { get; }

    /// <summary>The part's XML before the place new list instances go.</summary>
    public string Before { get; }

    /// <summary>The part's XML after the place new list instances go.</summary>
    public string After { get; }

    /// <summary>Reads the numbering part.</summary>
    public static NumberingDefinitions Read(string entryName, XDocument numbering)
    {
        var w = OpenXmlNames.W;
        var root = numbering.Root!;
        var abstractOfNum = new Dictionary<int, int>();
        foreach (var num in root.Elements(w + "num"))
        {
            if (TryInt((string?)num.Attribute(w + "numId"), out var numId)
                && TryInt((string?)num.Element(w + "abstractNumId")?.Attribute(OpenXmlNames.Val), out var abstractId))
            {
                abstractOfNum[numId] = abstractId;
            }
        }

        var levelStarts = new Dictionary<int, List<(int, int)>>();
        foreach (var abstractNum in root.Elements(w + "abstractNum"))
        {
            if (!TryInt((string?)abstractNum.Attribute(w + "abstractNumId"), out var abstractId))
            {
                continue;
            }

            var levels = new List<(int, int)>();
            foreach (var level in abstractNum.Elements(w + "lvl"))
            {
                if (TryInt((string?)level.Attribute(w + "ilvl"), out var ilvl))
                {
                    TryInt((string?)level.Element(w + "start")?.Attribute(OpenXmlNames.Val), out var start);
                    levels.Add((ilvl, start));
                }
            }

            levelStarts[abstractId] = levels;
        }

        var marker = new XComment(InsertionMarker);
        var cleanup = root.Element(w + "numIdMacAtCleanup");
        if (cleanup is not null)
        {
            cleanup.AddBeforeSelf(marker);
        }
        else
        {
            root.Add(marker);
        }

        var text = new UTF8Encoding(false).GetString(SafeXml.Save(numbering));
        return new NumberingDefinitions(entryName, abstractOfNum, levelStarts, text, root.GetPrefixOfNamespace(w) ?? "");
    }

    /// <summary>The abstract list a list instance uses, when the instance exists.</summary>
    public bool TryGetAbstract(int numId, out int abstractNumId) => _abstractOfNum.TryGetValue(numId, out abstractNumId);

    /// <summary>Writes a new list instance of <paramref name="abstractNumId"/> whose every level starts over.</summary>
    public void WriteRestartedNum(StringBuilder xml, int numId, int abstractNumId)
    {
        var p = _prefix;
        xml.Append('<').Append(p).Append("num ").Append(p).Append("numId=\"").Append(numId.ToString(CultureInfo.InvariantCulture)).Append("\">");
        xml.Append('<').Append(p).Append("abstractNumId ").Append(p).Append("val=\"").Append(abstractNumId.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
        if (_levelStarts.TryGetValue(abstractNumId, out var levels))
        {
            foreach (var (level, start) in levels)
            {
                xml.Append('<').Append(p).Append("lvlOverride ").Append(p).Append("ilvl=\"").Append(level.ToString(CultureInfo.InvariantCulture)).Append("\">");
                xml.Append('<').Append(p).Append("startOverride ").Append(p).Append("val=\"").Append(start.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
                xml.Append("</").Append(p).Append("lvlOverride>");
            }
        }

        xml.Append("</").Append(p).Append("num>");
    }

    private static bool TryInt(string? value, out int result) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
}
