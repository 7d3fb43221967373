using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>
/// What a cell or a table must hold when block tags drop all its children at run time: a cell
/// needs a paragraph, a table a row. The translated template sets <see cref="Variable"/> when a
/// counted child is written and writes <see cref="Fallback"/> at the end when none was.
/// </summary>
/// <param name="Variable">The Scriban variable that records whether a counted child was written.</param>
/// <param name="CountedName">The local name of the children that count (<c>p</c> and <c>tbl</c> for a cell, <c>tr</c> for a table).</param>
/// <param name="Fallback">The literal XML written when no counted child was.</param>
internal sealed record ContentGuard(string Variable, string[] CountedName, string Fallback)
{
    /// <summary>A cell whose paragraphs may all be dropped keeps an empty paragraph.</summary>
    public static ContentGuard ForCell(XElement cell, int number) =>
        new("__minutes_guard" + number.ToString(CultureInfo.InvariantCulture), ["p", "tbl"], $"<{OpenXmlNames.WordPrefixAt(cell)}p/>");

    /// <summary>A row whose cells may all be dropped keeps one empty cell.</summary>
    public static ContentGuard ForRow(XElement row, int number) =>
        new("__minutes_guard" + number.ToString(CultureInfo.InvariantCulture), ["tc"], "<w:tc><w:p/></w:tc>");

    /// <summary>A table whose rows may all be dropped keeps one empty row across the whole grid.</summary>
    public static ContentGuard ForTable(XElement table, int number)
    {
        // The prefix in scope: a part may name WordprocessingML under another prefix, or rebind w: inside.
        var w = OpenXmlNames.WordPrefixAt(table);
        var columns = table.Element(OpenXmlNames.W + "tblGrid")?.Elements(OpenXmlNames.W + "gridCol").Count() ?? 1;
        var span = columns > 1 ? $"<{w}tcPr><{w}gridSpan xmlns:wv=\"{OpenXmlNames.W.NamespaceName}\" wv:val=\"{columns.ToString(CultureInfo.InvariantCulture)}\"/></{w}tcPr>" : "";
        return new("__minutes_guard" + number.ToString(CultureInfo.InvariantCulture), ["tr"], $"<{w}tr><{w}tc>{span}<{w}p/></{w}tc></{w}tr>");
    }

    /// <summary>Whether writing <paramref name="child"/> satisfies the guard.</summary>
    public bool Counts(XElement child) => child.Name.Namespace == OpenXmlNames.W && CountedName.Contains(child.Name.LocalName);
}
