using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>The text elements of a paragraph, nested paragraphs (text boxes) excluded.</summary>
internal static class ParagraphText
{
    /// <summary>The <c>w:t</c> elements that belong to <paramref name="paragraph"/> itself, in order.</summary>
    public static List<XElement> TextElements(XElement paragraph) =>
        paragraph.Descendants(OpenXmlNames.T)
            .Where(t => t.Ancestors(OpenXmlNames.P).First() == paragraph)
            .ToList();

    /// <summary>The concatenated text of the given text elements.</summary>
    public static string Concatenate(IEnumerable<XElement> texts)
    {
        var builder = new StringBuilder();
        foreach (var t in texts)
        {
            builder.Append(t.Value);
        }

        return builder.ToString();
    }
}
