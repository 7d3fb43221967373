using System.IO;
using System.IO.Compression;
using System.Text;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>Builds small but valid .docx templates from WordprocessingML fragments, the way Word writes them.</summary>
internal sealed class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>The inner XML of w:body, before the section properties.</summary>
    public string Body { get; init; } = "";

    /// <summary>The inner XML of the default header, or null for none.</summary>
    public string? Header { get; init; }

    /// <summary>The inner XML of the default footer, or null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>Footnote elements after the two separators, or null for no footnotes part.</summary>
    public string? Footnotes { get; init; }

    /// <summary>Endnote elements after the two separators, or null for no endnotes part.</summary>
    public string? Endnotes { get; init; }

    /// <summary>The inner XML of w:numbering, or null for no numbering part.</summary>
    public string? Numbering { get; init; }

    /// <summary>The w:comment elements of the comments part, or null for none.</summary>
    public string? Comments { get; init; }

    /// <summary>The w15:commentEx elements of the commentsExtended part (Word 2013), or null for none.</summary>
    public string? CommentsExtended { get; init; }

    /// <summary>The w16cid:commentId elements of the commentsIds part (Word 2016), or null for none.</summary>
    public string? CommentsIds { get; init; }

    /// <summary>The w16cex:commentExtensible elements of the commentsExtensible part, or null for none.</summary>
    public string? CommentsExtensible { get; init; }

    /// <summary>The namespaces a comments part and the parts describing comments use.</summary>
    public const string CommentNamespaces = Namespaces
        + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
        + " xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\" xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\"";

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            var relationships = new StringBuilder();
            var sectionReferences = new StringBuilder();
            void Part(string name, string contentType, string relationshipType, string xml)
            {
                overrides.Append($"<Override PartName=\"/word/{name}\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{contentType}+xml\"/>");
                relationships.Append($"<Relationship Id=\"rId{name.Replace(".xml", "")}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{relationshipType}\" Target=\"{name}\"/>");
                Add(zip, "word/" + name, xml);
            }

            if (Header is not null)
            {
                Part("header1.xml", "header", "header", $"<w:hdr {Namespaces}>{Header}</w:hdr>");
                sectionReferences.Append("<w:headerReference w:type=\"default\" r:id=\"rIdheader1\"/>");
            }

            if (Footer is not null)
            {
                Part("footer1.xml", "footer", "footer", $"<w:ftr {Namespaces}>{Footer}</w:ftr>");
                sectionReferences.Append("<w:footerReference w:type=\"default\" r:id=\"rIdfooter1\"/>");
            }

            if (Footnotes is not null)
            {
                Part("footnotes.xml", "footnotes", "footnotes",
                    $"<w:footnotes {Namespaces}>"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + Footnotes + "</w:footnotes>");
            }

            void MicrosoftPart(string name, string contentType, string relationshipType, string xml)
            {
                overrides.Append($"<Override PartName=\"/word/{name}\" ContentType=\"{contentType}\"/>");
                relationships.Append($"<Relationship Id=\"rId{name.Replace(".xml", "")}\" Type=\"{relationshipType}\" Target=\"{name}\"/>");
                Add(zip, "word/" + name, xml);
            }

            if (Comments is not null)
            {
                Part("comments.xml", "comments", "comments", $"<w:comments {CommentNamespaces}>{Comments}</w:comments>");
            }

            if (CommentsExtended is not null)
            {
                MicrosoftPart("commentsExtended.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", $"<w15:commentsEx {CommentNamespaces}>{CommentsExtended}</w15:commentsEx>");
            }

            if (CommentsIds is not null)
            {
                MicrosoftPart("commentsIds.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
                    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", $"<w16cid:commentsIds {CommentNamespaces}>{CommentsIds}</w16cid:commentsIds>");
            }

            if (CommentsExtensible is not null)
            {
                MicrosoftPart("commentsExtensible.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
                    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", $"<w16cex:commentsExtensible {CommentNamespaces}>{CommentsExtensible}</w16cex:commentsExtensible>");
            }

            if (Endnotes is not null)
            {
                Part("endnotes.xml", "endnotes", "endnotes",
                    $"<w:endnotes {Namespaces}>"
                    + "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>"
                    + Endnotes + "</w:endnotes>");
            }

            if (Numbering is not null)
            {
                Part("numbering.xml", "numbering", "numbering", $"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            Add(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + overrides + "</Types>");
            Add(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
            Add(zip, "word/document.xml",
                $"<w:document {Namespaces}><w:body>{Body}<w:sectPr>{sectionReferences}"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>");
            Add(zip, "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>");
        }

        return buffer.ToArray();
    }

    /// <summary>A paragraph of the given runs.</summary>
    public static string P(params string[] runs) => "<w:p w:rsidR=\"00B2\" w:rsidRDefault=\"00B2\">" + string.Concat(runs) + "</w:p>";

    /// <summary>A paragraph with one plain run.</summary>
    public static string Para(string text) => P(R(text));

    /// <summary>A run, optionally formatted and with its own rsid as Word writes it.</summary>
    public static string R(string text, string? rPr = null, string rsid = "00C3") =>
        $"<w:r w:rsidR=\"{rsid}\">{(rPr is null ? "" : "<w:rPr>" + rPr + "</w:rPr>")}<w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    /// <summary>A spelling-error mark, as Word inserts around unknown words.</summary>
    public static string ProofErr(string type = "spellStart") => $"<w:proofErr w:type=\"{type}\"/>";

    /// <summary>A table with the given rows.</summary>
    public static string Table(params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
        + string.Concat(rows) + "</w:tbl>";

    /// <summary>A table row of two cells, each one paragraph of text.</summary>
    public static string Row(string first, string second) =>
        $"<w:tr w:rsidR=\"00D4\"><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>{Para(first)}</w:tc><w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>{Para(second)}</w:tc></w:tr>";

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + xml);
    }
}
