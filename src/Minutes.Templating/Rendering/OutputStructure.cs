using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The structural pass over a rendered part, restoring what blocks that drop or repeat content
/// break: every cell, text box, header, footer, footnote, endnote and comment ends with a
/// paragraph (also when its last block sits in a content control or custom XML element), ids
/// that must be unique (drawings, VML shapes, bookmarks, paragraph ids) are unique across the
/// whole package, a repeated footnote, endnote or comment reference points to its own copy
/// of the note (see <see cref="NoteCopies"/>), and a table whose grid the template left empty
/// gets its columns (<see cref="TableGrid"/>).
/// </summary>
internal static class OutputStructure
{
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace Office = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XName Id = OpenXmlNames.W + "id";
    private static readonly XName Name = OpenXmlNames.W + "name";
    private static readonly XName BookmarkStart = OpenXmlNames.W + "bookmarkStart";
    private static readonly XName BookmarkEnd = OpenXmlNames.W + "bookmarkEnd";
    private static readonly XName DocPr = Wp + "docPr";
    private static readonly XName ParaId = W14 + "paraId";
    private static readonly XName TextId = W14 + "textId";

    /// <summary>Stories that must end with a paragraph: Word will not open a cell or text box whose last block is a table.</summary>
    private static readonly HashSet<string> EndWithParagraph = new(System.StringComparer.Ordinal)
    {
        "tc", "txbxContent", "hdr", "ftr", "footnote", "endnote", "comment",
    };

    /// <summary>Wrappers whose content counts as the content of the element holding them.</summary>
    private static readonly HashSet<string> Wrappers = new(System.StringComparer.Ordinal) { "sdt", "sdtContent", "customXml" };

    private static readonly HashSet<string> Blocks = new(System.StringComparer.Ordinal) { "p", "tbl", "sdt", "customXml", "altChunk" };

    /// <summary>The marks that point to a note or comment, and what they point to.</summary>
    private static readonly Dictionary<string, NoteKind> NoteMarks = new(System.StringComparer.Ordinal)
    {
        ["footnoteReference"] = NoteKind.Footnote,
        ["endnoteReference"] = NoteKind.Endnote,
        ["commentRangeStart"] = NoteKind.Comment,
        ["commentRangeEnd"] = NoteKind.Comment,
        ["commentReference"] = NoteKind.Comment,
    };

    /// <summary>Fixes the part in place.</summary>
    public static void Fix(XDocument part, OutputIds ids)
    {
        var stories = new List<XElement>();
        var openBookmarks = new Dictionary<string, Stack<string>>(System.StringComparer.Ordinal);
        foreach (var element in part.Descendants())
        {
            var ns = element.Name.Namespace;
            var local = element.Name.LocalName;
            if (ns == OpenXmlNames.W)
            {
                if (EndWithParagraph.Contains(local))
                {
                    stories.Add(element);
                }
                else if (element.Name == BookmarkStart)
                {
                    RenumberBookmarkStart(element, ids, openBookmarks);
                }
                else if (element.Name == BookmarkEnd)
                {
                    var old = (string?)element.Attribute(Id);
                    if (old is not null && openBookmarks.TryGetValue(old, out var pending) && pending.Count > 0)
                    {
                        element.SetAttributeValue(Id, pending.Pop());
                    }
                }
                else if (NoteMarks.TryGetValue(local, out var kind) && element.Attribute(Id) is { } noteId)
                {
                    // A repeated reference points to its own copy of the note or comment, as when text is copied in Word.
                    noteId.Value = ids.NoteReference(kind, local, noteId.Value);
                }
            }
            else if (element.Name == DocPr)
            {
                Renumber(element, "id", ids.Drawing);
            }
            else if (ns == Vml && element.Attribute("id") is { } shapeId)
            {
                shapeId.Value = ids.Shape(shapeId.Value);
            }

            if (ns == Vml && element.Attribute(Office + "spid") is { } spid)
            {
                spid.Value = ids.Shape(spid.Value);
            }

            if (element.Attribute(ParaId) is { } paraId)
            {
                paraId.Value = ids.Paragraph(paraId.Value);
            }

            if (element.Attribute(TextId) is { } textId && textId.Value != "77777777")
            {
                textId.Value = ids.Paragraph(textId.Value);
            }
        }

        foreach (var story in stories)
        {
            if (!EndsWithParagraph(story))
            {
                story.Add(new XElement(OpenXmlNames.P));
            }
        }

        TableGrid.Fill(part);

        if (part.Root is { } root && root.Name.Namespace == OpenXmlNames.W && EndWithParagraph.Contains(root.Name.LocalName) && !EndsWithParagraph(root))
        {
            root.Add(new XElement(OpenXmlNames.P));
        }
    }

    private static void RenumberBookmarkStart(XElement start, OutputIds ids, Dictionary<string, Stack<string>> open)
    {
        var old = (string?)start.Attribute(Id);
        if (old is not null && long.TryParse(old, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            var fresh = ids.Bookmark(value).ToString(CultureInfo.InvariantCulture);
            start.SetAttributeValue(Id, fresh);
            if (!open.TryGetValue(old, out var pending))
            {
                open[old] = pending = new Stack<string>();
            }

            pending.Push(fresh);
        }

        if (start.Attribute(Name) is { } name)
        {
            name.Value = ids.BookmarkName(name.Value);
        }
    }

    private static void Renumber(XElement element, string attribute, System.Func<long, long> claim)
    {
        var id = element.Attribute(attribute);
        if (id is not null)
        {
            var value = long.TryParse(id.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            id.Value = claim(value).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>True when the last block of <paramref name="story"/>, looking into content controls and custom XML, is a paragraph.</summary>
    private static bool EndsWithParagraph(XElement story)
    {
        var last = story.Elements().LastOrDefault(e => e.Name.Namespace == OpenXmlNames.W && (Blocks.Contains(e.Name.LocalName) || e.Name.LocalName == "sdtContent"));
        while (last is not null && last.Name.Namespace == OpenXmlNames.W && Wrappers.Contains(last.Name.LocalName))
        {
            last = last.Elements().LastOrDefault(e => e.Name.Namespace == OpenXmlNames.W && (Blocks.Contains(e.Name.LocalName) || e.Name.LocalName == "sdtContent"));
        }

        return last is not null && last.Name == OpenXmlNames.P;
    }
}
