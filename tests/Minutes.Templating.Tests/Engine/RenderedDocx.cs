using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.Compilation;
using Minutes.Templating.Rendering;

namespace Minutes.Templating.Tests.Engine;

/// <summary>Renders test templates and reads the output back, asserting every output is a valid document.</summary>
internal static class RenderedDocx
{
    public static TemplateRenderer Compile(TestDocx docx, TemplateOptions? options = null) =>
        new(TemplateCompiler.Compile(new MemoryStream(docx.Build()), "test.docx", options));

    public static byte[] Render(TemplateRenderer template, IReadOnlyDictionary<string, object?> globals, RenderOptions? options = null)
    {
        using var output = new MemoryStream();
        template.Render(globals, output, options);
        var bytes = output.ToArray();
        AssertValid(bytes);
        return bytes;
    }

    public static byte[] Render(TestDocx docx, IReadOnlyDictionary<string, object?> globals) => Render(Compile(docx), globals);

    /// <summary>Fails unless the document opens and passes the Office 2019 schema validation with zero errors.</summary>
    public static void AssertValid(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, "OpenXmlValidator errors:\n" + string.Join("\n", errors));
    }

    /// <summary>The text of each body paragraph, in order, nested table paragraphs included.</summary>
    public static List<string> BodyParagraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(TextOf).ToList();
    }

    /// <summary>The XML of the part with the given name, such as <c>word/document.xml</c>.</summary>
    public static string PartXml(byte[] docx, string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>A paragraph's text, with breaks as \n and tabs as \t.</summary>
    public static string TextOf(OpenXmlElement paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        Break => "\n",
        TabChar => "\t",
        _ => "",
    }));
}
