using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The structural pass over a rendered part, restoring what blocks that drop or repeat content
/// break: every cell, text box, header, footer, footnote, endnote and comment ends with a
/// paragraph (also when its last block sits in a content control or custom XML element), ids
/// that must be unique (drawings, VML shapes, bookmarks, paragraph ids) are unique across the
/// whole package, a repeated footnote, endnote or comment reference points to its own copy of
/// the note (see <see cref="NoteCopies"/>), and a table whose grid the template left empty gets
/// its columns (<see cref="TableGrid"/>). One streaming pass from a reader to a writer: time
/// linear in the part, memory in its depth and its largest table, and no recursion however deep
/// the output nests.
/// </summary>
internal static class OutputStructure
{
    private const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string Vml = "urn:schemas-microsoft-com:vml";
    private const string Office = "urn:schemas-microsoft-com:office:office";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /// <summary>Stories that must end with a paragraph: Word will not open a cell or text box whose last block is a table.</summary>
    private static readonly HashSet<string> EndWithParagraph = new(System.StringComparer.Ordinal)
    {
        "tc", "txbxContent", "hdr", "ftr", "footnote", "endnote", "comment",
    };

    /// <summary>Wrappers whose content counts as the content of the element holding them.</summary>
    private static readonly HashSet<string> Wrappers = new(System.StringComparer.Ordinal) { "sdt", "sdtContent", "customXml" };

    private static readonly HashSet<string> Blocks = new(System.StringComparer.Ordinal) { "p", "tbl", "sdt", "sdtContent", "customXml", "altChunk" };

    /// <summary>The marks that point to a note or comment, and what they point to.</summary>
    private static readonly Dictionary<string, NoteKind> NoteMarks = new(System.StringComparer.Ordinal)
    {
        ["footnoteReference"] = NoteKind.Footnote,
        ["endnoteReference"] = NoteKind.Endnote,
        ["commentRangeStart"] = NoteKind.Comment,
        ["commentRangeEnd"] = NoteKind.Comment,
        ["commentReference"] = NoteKind.Comment,
    };

    /// <summary>What the last block of an element, looking into wrappers, is so far.</summary>
    private enum LastBlock : byte
    {
        None,
        Paragraph,
        Other,
    }

    /// <summary>Copies the part from <paramref name="reader"/> to <paramref name="writer"/>, fixing it on the way.</summary>
    /// <param name="reader">The rendered part.</param>
    /// <param name="writer">Receives the fixed part.</param>
    /// <param name="ids">The render's ids, shared by all parts.</param>
    /// <param name="textWidth">The template's text width in twips, asked for only when a table's grid must be filled.</param>
    /// <exception cref="XmlException">The rendered part is not well-formed.</exception>
    /// <param name="texts">The template's literal text, written in place of its markers; null when the part holds none.</param>
    /// <param name="output">The stream under <paramref name="writer"/>, which long literal texts are written to; needed with <paramref name="texts"/>.</param>
    public static void Copy(XmlReader reader, XmlWriter writer, OutputIds ids, System.Func<int>? textWidth = null, LiteralTexts? texts = null, Stream? output = null)
    {
        var state = new PassState(ids, texts, output);
        var open = new Stack<Frame>();
        var declared = false;
        reader.Read();
        CopyNodes(reader, writer, state, open, ref declared, textWidth, inTable: false);
        writer.WriteEndDocument();
    }

    private static void CopyNodes(XmlReader reader, XmlWriter writer, PassState state, Stack<Frame> open, ref bool declared, System.Func<int>? textWidth, bool inTable)
    {
        while (!reader.EOF)
        {
            if (!declared && reader.NodeType != XmlNodeType.XmlDeclaration)
            {
                // A part read from a tree has no declaration node, and may start with white space or a comment.
                writer.WriteStartDocument();
                declared = true;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    var standalone = reader.GetAttribute("standalone");
                    if (standalone is "yes" or "no")
                    {
                        writer.WriteStartDocument(standalone == "yes");
                    }
                    else
                    {
                        writer.WriteStartDocument();
                    }

                    declared = true;
                    break;
                case XmlNodeType.Element:
                    if (!inTable && reader.LocalName == "tbl" && reader.NamespaceURI == OpenXmlNames.W.NamespaceName && !reader.IsEmptyElement)
                    {
                        // A table is read whole (its grid precedes the rows its widths come from), then copied like the rest.
                        var scope = ((IXmlNamespaceResolver)reader).GetNamespacesInScope(XmlNamespaceScope.ExcludeXml);
                        var table = (XElement)XNode.ReadFrom(reader);
                        TableGrid.Fill(table, textWidth);
                        foreach (var declaration in scope)
                        {
                            var name = declaration.Key.Length == 0 ? (XName)"xmlns" : XNamespace.Xmlns + declaration.Key;
                            if (table.Attribute(name) is null)
                            {
                                table.SetAttributeValue(name, declaration.Value);
                            }
                        }

                        using var tableReader = table.CreateReader();
                        tableReader.Read();
                        CopyNodes(tableReader, writer, state, open, ref declared, textWidth, inTable: true);
                        continue;
                    }

                    var frame = new Frame(reader.LocalName, reader.NamespaceURI == OpenXmlNames.W.NamespaceName);
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    state.CopyAttributes(reader, writer, frame);
                    if (reader.IsEmptyElement)
                    {
                        End(writer, frame, open);
                    }
                    else
                    {
                        open.Push(frame);
                    }

                    break;
                case XmlNodeType.EndElement:
                    End(writer, open.Pop(), open);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (open.Count == 0)
                    {
                        writer.WriteWhitespace(reader.Value);
                    }
                    else
                    {
                        writer.WriteString(reader.Value);
                    }

                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    if (!state.WriteText(reader, writer))
                    {
                        writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    }

                    break;
            }

            reader.Read();
        }
    }

    /// <summary>Closes an element: a story whose last block is not a paragraph gets an empty one; the parent learns its last block.</summary>
    private static void End(XmlWriter writer, Frame frame, Stack<Frame> open)
    {
        if (frame.InWordNamespace && EndWithParagraph.Contains(frame.LocalName) && frame.Last != LastBlock.Paragraph)
        {
            writer.WriteStartElement("p", OpenXmlNames.W.NamespaceName);
            writer.WriteEndElement();
            frame.Last = LastBlock.Paragraph;
        }

        writer.WriteFullEndElementOrEmpty(frame);
        if (open.Count > 0 && frame.InWordNamespace && Blocks.Contains(frame.LocalName))
        {
            open.Peek().Last = frame.LocalName == "p" || (Wrappers.Contains(frame.LocalName) && frame.Last == LastBlock.Paragraph)
                ? LastBlock.Paragraph
                : LastBlock.Other;
        }
    }

    private static void WriteFullEndElementOrEmpty(this XmlWriter writer, Frame frame)
    {
        if (frame.Empty)
        {
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteFullEndElement();
        }
    }

    private sealed class Frame
    {
        public Frame(string localName, bool inWordNamespace)
        {
            LocalName = localName;
            InWordNamespace = inWordNamespace;
        }

        public string LocalName { get; }

        public bool InWordNamespace { get; }

        /// <summary>True for an element written as <c>&lt;x/&gt;</c> that gained no child.</summary>
        public bool Empty { get; set; }

        public LastBlock Last { get; set; }
    }

    /// <summary>The ids and comment anchors seen so far in one part.</summary>
    private sealed class PassState
    {
        private readonly OutputIds _ids;
        private readonly Dictionary<string, Stack<string>> _openBookmarks = new(System.StringComparer.Ordinal);
        private readonly List<(string Prefix, string LocalName, string Namespace, string Value)> _attributes = [];

        private readonly LiteralTexts? _texts;
        private readonly Stream? _output;
        private LiteralTexts.Buffers? _buffers;

        public PassState(OutputIds ids, LiteralTexts? texts, Stream? output)
        {
            _ids = ids;
            _texts = texts;
            _output = output;
        }

        /// <summary>Writes the literal text a marker stands for; false when the instruction is not a marker.</summary>
        public bool WriteText(XmlReader reader, XmlWriter writer)
        {
            if (_texts is null || reader.Name != LiteralTexts.Target)
            {
                return false;
            }

            var index = _texts.IndexOf(reader.Value);
            if (index < 0)
            {
                return false;
            }

            _texts.WriteTo(writer, _output!, index, _buffers ??= new LiteralTexts.Buffers());
            return true;
        }

        /// <summary>Writes the element's attributes, with the ids that must be unique renumbered.</summary>
        public void CopyAttributes(XmlReader reader, XmlWriter writer, Frame frame)
        {
            frame.Empty = reader.IsEmptyElement;
            var elementNamespace = reader.NamespaceURI;
            var local = reader.LocalName;
            _attributes.Clear();
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    _attributes.Add((reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value));
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            var w = OpenXmlNames.W.NamespaceName;
            for (var i = 0; i < _attributes.Count; i++)
            {
                var (prefix, name, ns, value) = _attributes[i];
                if (ns == XmlnsNamespace && writer.LookupPrefix(value) == (prefix.Length == 0 ? string.Empty : name))
                {
                    continue; // already declared: a table read whole carries the declarations in scope
                }

                if (elementNamespace == w && ns == w && name == "id" && local == "bookmarkStart")
                {
                    value = RenumberBookmarkStart(value);
                }
                else if (elementNamespace == w && ns == w && name == "id" && local == "bookmarkEnd")
                {
                    value = _openBookmarks.TryGetValue(value, out var pending) && pending.Count > 0 ? pending.Pop() : value;
                }
                else if (elementNamespace == w && ns == w && name == "id" && NoteMarks.TryGetValue(local, out var kind))
                {
                    // A repeated reference points to its own copy of the note or comment, as when text is copied in Word.
                    value = _ids.NoteReference(kind, local, value);
                }
                else if (elementNamespace == w && ns == w && name == "name" && local == "bookmarkStart")
                {
                    value = _ids.BookmarkName(value);
                }
                else if (elementNamespace == Wp && local == "docPr" && ns.Length == 0 && name == "id")
                {
                    var id = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                    value = _ids.Drawing(id).ToString(CultureInfo.InvariantCulture);
                }
                else if (elementNamespace == Vml && ((ns.Length == 0 && name == "id") || (ns == Office && name == "spid")))
                {
                    value = _ids.Shape(value);
                }
                else if (ns == W14 && (name == "paraId" || (name == "textId" && value != "77777777")))
                {
                    value = _ids.Paragraph(value);
                }

                writer.WriteAttributeString(prefix, name, ns, value);
            }
        }

        private string RenumberBookmarkStart(string old)
        {
            if (!long.TryParse(old, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return old;
            }

            var fresh = _ids.Bookmark(value).ToString(CultureInfo.InvariantCulture);
            if (!_openBookmarks.TryGetValue(old, out var pending))
            {
                _openBookmarks[old] = pending = new Stack<string>();
            }

            pending.Push(fresh);
            return fresh;
        }
    }
}
