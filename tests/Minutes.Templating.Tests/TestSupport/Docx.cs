using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>
/// A .docx opened read-only for assertions: its OpenXmlValidator errors, its text and its parts.
/// The one way the tests read a document, whether rendered by the engine, a built-in template
/// or a section (flat OPC).
/// </summary>
internal sealed class Docx : IDisposable
{
    private readonly byte[] _bytes;

    private Docx(byte[] bytes)
    {
        _bytes = bytes;
        Document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    /// <summary>The opened package.</summary>
    public WordprocessingDocument Document { get; }

    /// <summary>The main document part.</summary>
    public MainDocumentPart MainDocumentPart => Document.MainDocumentPart!;

    /// <summary>Every OpenXmlValidator (Office 2019) error, as "part xpath: description".</summary>
    public IReadOnlyList<string> ValidationErrors => new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document)
        .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
        .ToList();

    /// <summary>The body paragraphs, in order, nested table paragraphs included.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => MainDocumentPart.Document!.Body!.Descendants<Paragraph>().ToList();

    /// <summary>The text of each body paragraph (see <see cref="TextOf"/>), in order, nested table paragraphs included.</summary>
    public List<string> ParagraphTexts => Paragraphs.Select(TextOf).ToList();

    /// <summary>The text of the body, headers and footers, without breaks and tabs.</summary>
    public string Text
    {
        get
        {
            var roots = new List<OpenXmlElement> { MainDocumentPart.Document!.Body! };
            roots.AddRange(MainDocumentPart.HeaderParts.Select(h => (OpenXmlElement)h.Header!));
            roots.AddRange(MainDocumentPart.FooterParts.Select(f => (OpenXmlElement)f.Footer!));
            var text = new StringBuilder();
            foreach (var t in roots.SelectMany(r => r.Descendants<Text>()))
            {
                text.Append(t.Text);
            }

            return text.ToString();
        }
    }

    /// <summary>Opens the bytes of a .docx.</summary>
    public static Docx Open(byte[] docx) => new(docx);

    /// <summary>Opens a flat OPC document (such as a section's) as a full .docx.</summary>
    public static Docx FromFlatOpc(string flatOpc)
    {
        using var buffer = new MemoryStream();
        WordprocessingDocument.FromFlatOpcString(flatOpc, buffer, false).Dispose();
        return new Docx(buffer.ToArray());
    }

    /// <summary>Fails unless the document opens and passes the Office 2019 schema validation with zero errors.</summary>
    public static void AssertValid(byte[] docx)
    {
        using var document = Open(docx);
        document.AssertValid();
    }

    /// <summary>A paragraph's (or cell's) text, with breaks as \n and tabs as \t.</summary>
    public static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        Break => "\n",
        TabChar => "\t",
        _ => "",
    }));

    /// <summary>
    /// The text of each body paragraph that is justified (by its own properties or its style's,
    /// following basedOn; Normal when it has no style) and holds a line break (w:br): a line
    /// LibreOffice and Word stretch across the page.
    /// </summary>
    public IReadOnlyList<string> JustifiedParagraphsWithBreaks
    {
        get
        {
            var styles = MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal)
                ?? new Dictionary<string, Style>(StringComparer.Ordinal);
            var normal = styles.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
            JustificationValues? Justification(string? styleId)
            {
                for (var depth = 0; styleId is not null && styles.TryGetValue(styleId, out var style) && depth < 20; depth++)
                {
                    if (style.StyleParagraphProperties?.Justification?.Val is { } value)
                    {
                        return value.Value;
                    }

                    styleId = style.BasedOn?.Val?.Value;
                }

                return null;
            }

            return Paragraphs
                .Where(p => p.Descendants<Break>().Any(b => b.Type is null || b.Type.Value == BreakValues.TextWrapping))
                .Where(p => (p.ParagraphProperties?.Justification?.Val?.Value ?? Justification(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? normal)) == JustificationValues.Both)
                .Select(TextOf)
                .ToList();
        }
    }

    /// <summary>Fails unless the document passes the Office 2019 schema validation with zero errors.</summary>
    public void AssertValid()
    {
        var errors = ValidationErrors;
        Assert.True(errors.Count == 0, "OpenXmlValidator errors:\n" + string.Join("\n", errors));
    }

    /// <summary>The XML of the part with the given name, such as <c>word/document.xml</c>, as stored.</summary>
    public string PartXml(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(_bytes));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void Dispose() => Document.Dispose();
}
