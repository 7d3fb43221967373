using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Sections;

/// <summary>
/// Takes one section out of a rendered minutes document: the paragraphs between the template's
/// bookmark for that part, as the flat OPC package (<c>pkg:package</c>) that
/// <c>Word.Range.insertOoxml</c> takes, with the styles those paragraphs use, so an inserted section
/// carries the template's line spacing, indents and title style.
/// </summary>
internal static class SectionFragment
{
    private static readonly XNamespace Pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XName BookmarkStart = OpenXmlNames.W + "bookmarkStart";
    private static readonly XName BookmarkEnd = OpenXmlNames.W + "bookmarkEnd";
    private static readonly XName Style = OpenXmlNames.W + "style";
    private static readonly XName StyleId = OpenXmlNames.W + "styleId";

    private const string DocumentPart = "word/document.xml";
    private const string StylesPart = "word/styles.xml";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string StylesContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    /// <summary>The flat OPC package of the part of <paramref name="docx"/> marked by the <paramref name="occurrence"/>-th bookmark named <paramref name="marker"/>.</summary>
    /// <param name="docx">A document rendered by <see cref="MinutesTemplate"/>.</param>
    /// <param name="templateName">The template's name, for the message when it has no such bookmark.</param>
    /// <param name="marker">The bookmark name; the renderer makes repeated names unique as <c>name_2</c>, <c>name_3</c> ….</param>
    /// <param name="occurrence">Which of those bookmarks, from 1, in document order.</param>
    /// <returns>The <c>pkg:package</c> XML text.</returns>
    /// <exception cref="TemplateException">The template places no such bookmark, or it holds no paragraph for this section.</exception>
    public static string Extract(byte[] docx, string templateName, string marker, int occurrence)
    {
        XDocument document, styles;
        Dictionary<string, XElement> relationships;
        using (var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read))
        {
            document = Load(archive, DocumentPart, templateName)!;
            styles = Load(archive, StylesPart, templateName) ?? new XDocument(new XElement(OpenXmlNames.W + "styles"));
            relationships = (Load(archive, "word/_rels/document.xml.rels", templateName)?.Root?.Elements() ?? [])
                .Where(r => (string?)r.Attribute("TargetMode") == "External")
                .ToDictionary(r => (string)r.Attribute("Id")!, StringComparer.Ordinal);
        }

        var start = document.Descendants(BookmarkStart)
            .Where(b => IsMarker((string?)b.Attribute(OpenXmlNames.W + "name"), marker))
            .Skip(occurrence - 1)
            .FirstOrDefault();
        var blocks = start is null ? [] : Between(start);
        if (blocks.Count == 0)
        {
            throw new TemplateException(
            [
                Diagnostic.Of(DiagnosticRules.SectionMarker, "",
                    $"範本「{templateName}」沒有以書籤 {marker} 標出這個段落，無法單獨插入；請在範本中該段落的前後加上此書籤（見內建會議紀錄範本）",
                    $"template '{templateName}' marks no such part with the bookmark {marker}, so the section cannot be inserted alone; place the bookmark around that part (see the built-in minutes template)"),
            ]);
        }

        foreach (var bookmark in blocks.SelectMany(b => b.DescendantsAndSelf().Where(e => e.Name == BookmarkStart || e.Name == BookmarkEnd)).ToList())
        {
            bookmark.Remove();
        }

        // The processing instruction tells Word the package is a document, as Word's own flat OPC does.
        return new XDocument(
            new XProcessingInstruction("mso-application", "progid=\"Word.Document\""),
            Package(document.Root!, blocks, UsedStyles(styles, blocks), UsedRelationships(relationships, blocks)))
            .ToString(SaveOptions.DisableFormatting);
    }

    private static XDocument? Load(ZipArchive archive, string name, string templateName)
    {
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return SafeXml.Load(buffer.ToArray(), templateName, name);
    }

    private static bool IsMarker(string? name, string marker) =>
        name is not null && (name == marker || (name.StartsWith(marker + "_", StringComparison.Ordinal)
            && name.Substring(marker.Length + 1).All(char.IsDigit)));

    /// <summary>The paragraphs and tables after <paramref name="start"/> up to its bookmark end, detached copies.</summary>
    private static List<XElement> Between(XElement start)
    {
        var id = (string?)start.Attribute(OpenXmlNames.W + "id");
        var blocks = new List<XElement>();
        foreach (var sibling in start.ElementsAfterSelf())
        {
            if (sibling.Name == BookmarkEnd && (string?)sibling.Attribute(OpenXmlNames.W + "id") == id)
            {
                break;
            }

            if (sibling.Name == OpenXmlNames.P || sibling.Name == OpenXmlNames.W + "tbl")
            {
                blocks.Add(new XElement(sibling));
            }
        }

        return blocks;
    }

    /// <summary>The document defaults and every style the blocks name, with the styles those are based on or linked to.</summary>
    private static XElement UsedStyles(XDocument styles, IReadOnlyList<XElement> blocks)
    {
        var root = styles.Root!;
        var byId = root.Elements(Style).Where(s => s.Attribute(StyleId) is not null)
            .GroupBy(s => (string)s.Attribute(StyleId)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wanted = new Queue<string>(blocks.SelectMany(b => b.Descendants())
            .Where(e => e.Name.LocalName is "pStyle" or "rStyle" or "tblStyle" && e.Name.Namespace == OpenXmlNames.W)
            .Select(e => (string?)e.Attribute(OpenXmlNames.Val)).OfType<string>()
            .Concat(byId.Values.Where(s => (string?)s.Attribute(OpenXmlNames.W + "default") is "1" or "true").Select(s => (string)s.Attribute(StyleId)!)));
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (wanted.Count > 0)
        {
            var id = wanted.Dequeue();
            if (used.Add(id) && byId.TryGetValue(id, out var style))
            {
                foreach (var link in style.Elements().Where(e => e.Name.LocalName is "basedOn" or "link"))
                {
                    if ((string?)link.Attribute(OpenXmlNames.Val) is { } target)
                    {
                        wanted.Enqueue(target);
                    }
                }
            }
        }

        return new XElement(root.Name, root.Attributes(),
            root.Elements(OpenXmlNames.W + "docDefaults"),
            root.Elements(Style).Where(s => used.Contains((string?)s.Attribute(StyleId) ?? "")));
    }

    /// <summary>The external relationships (hyperlinks) the blocks refer to.</summary>
    private static IEnumerable<XElement> UsedRelationships(Dictionary<string, XElement> external, IReadOnlyList<XElement> blocks) =>
        blocks.SelectMany(b => b.DescendantsAndSelf().Attributes().Where(a => a.Name.Namespace == R))
            .Select(a => a.Value).Distinct(StringComparer.Ordinal)
            .Where(external.ContainsKey)
            .Select(id => new XElement(external[id]));

    private static XElement Package(XElement documentRoot, IReadOnlyList<XElement> blocks, XElement styles, IEnumerable<XElement> links)
    {
        var rels = OpenXmlNames.RelationshipsNs;
        var document = new XElement(documentRoot.Name, documentRoot.Attributes(), new XElement(OpenXmlNames.W + "body", blocks));
        return new XElement(Pkg + "package",
            new XAttribute(XNamespace.Xmlns + "pkg", Pkg.NamespaceName),
            Part("/_rels/.rels", RelationshipsContentType, new XElement(rels + "Relationships",
                new XElement(rels + "Relationship", new XAttribute("Id", "rId1"), new XAttribute("Type", OpenXmlNames.MainDocumentRelationship), new XAttribute("Target", DocumentPart)))),
            Part("/word/_rels/document.xml.rels", RelationshipsContentType, new XElement(rels + "Relationships",
                new XElement(rels + "Relationship", new XAttribute("Id", "rIdStyles"), new XAttribute("Type", StylesRelationship), new XAttribute("Target", "styles.xml")),
                links)),
            Part("/" + DocumentPart, MainContentType, document),
            Part("/" + StylesPart, StylesContentType, styles));
    }

    private static XElement Part(string name, string contentType, XElement xml) =>
        new(Pkg + "part",
            new XAttribute(Pkg + "name", name),
            new XAttribute(Pkg + "contentType", contentType),
            new XElement(Pkg + "xmlData", xml));
}
