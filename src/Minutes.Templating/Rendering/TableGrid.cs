using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Sizes the columns of a rendered table whose template left its grid empty (a table with as
/// many columns as the data, see <c>table</c> in the built-in minutes template): each column
/// gets a share of the text width after the longest line of its cells, at least two and at
/// most twelve characters' worth, so a number column stays narrow and long texts share the rest.
/// </summary>
internal static class TableGrid
{
    private const int MinimumCharacters = 2;
    private const int MaximumCharacters = 12;
    private const int DefaultTextWidth = 9070;

    private static readonly XName TblGrid = OpenXmlNames.W + "tblGrid";
    private static readonly XName GridCol = OpenXmlNames.W + "gridCol";
    private static readonly XName TcPr = OpenXmlNames.W + "tcPr";
    private static readonly XName TcW = OpenXmlNames.W + "tcW";
    private static readonly XName W = OpenXmlNames.W + "w";
    private static readonly XName Type = OpenXmlNames.W + "type";

    /// <summary>Fills every empty grid in <paramref name="table"/> and the tables inside it, in twips, and gives each cell its width.</summary>
    /// <param name="table">A rendered <c>w:tbl</c>.</param>
    /// <param name="textWidth">The text width in twips, asked for only when a grid is empty; null for A4 with 2.5 cm margins.</param>
    public static void Fill(XElement table, Func<int>? textWidth)
    {
        int? width = null;
        foreach (var inner in table.DescendantsAndSelf(OpenXmlNames.W + "tbl").ToList())
        {
            if (inner.Element(TblGrid) is { } empty && !empty.Elements(GridCol).Any())
            {
                width ??= textWidth?.Invoke() ?? DefaultTextWidth;
                FillOne(inner, width.Value);
            }
        }
    }

    private static void FillOne(XElement table, int textWidth)
    {
        var grid = table.Element(TblGrid)!;

        var rows = table.Elements(OpenXmlNames.Tr).Select(r => r.Elements(OpenXmlNames.Tc).ToList()).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns == 0)
        {
            return;
        }

        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var longest = rows.Where(r => c < r.Count).Select(r => LongestLine(r[c])).DefaultIfEmpty(0).Max();
            weights[c] = Math.Min(MaximumCharacters, Math.Max(MinimumCharacters, longest));
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)(textWidth * w / total)).ToArray();
        foreach (var width in widths)
        {
            grid.Add(new XElement(GridCol, new XAttribute(W, width.ToString(CultureInfo.InvariantCulture))));
        }

        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var properties = row[c].Element(TcPr);
                if (properties is null)
                {
                    properties = new XElement(TcPr);
                    row[c].AddFirst(properties);
                }

                if (properties.Element(TcW) is null)
                {
                    properties.AddFirst(new XElement(TcW,
                        new XAttribute(W, widths[c].ToString(CultureInfo.InvariantCulture)),
                        new XAttribute(Type, "dxa")));
                }
            }
        }
    }

    private static double LongestLine(XElement cell) => cell.Descendants(OpenXmlNames.P)
        .Select(p => Width(string.Concat(p.Descendants(OpenXmlNames.W + "t").Select(t => t.Value))))
        .DefaultIfEmpty(0)
        .Max();

    private static double Width(string text) => text.Sum(c => c < 0x80 ? 0.5 : char.IsLowSurrogate(c) ? 0 : 1);

    /// <summary>The page width less the margins of the part's last section, in twips.</summary>
    public static int TextWidth(XDocument part)
    {
        var section = part.Descendants(OpenXmlNames.W + "sectPr").LastOrDefault();
        var page = section?.Element(OpenXmlNames.W + "pgSz");
        var margins = section?.Element(OpenXmlNames.W + "pgMar");
        return int.TryParse((string?)page?.Attribute(W), NumberStyles.Integer, CultureInfo.InvariantCulture, out var width)
            && int.TryParse((string?)margins?.Attribute(OpenXmlNames.W + "left"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
            && int.TryParse((string?)margins?.Attribute(OpenXmlNames.W + "right"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var right)
            && width - left - right > 0
            ? width - left - right
            : DefaultTextWidth;
    }
}
