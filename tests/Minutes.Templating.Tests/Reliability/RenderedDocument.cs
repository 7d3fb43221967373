using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>A rendered .docx as the properties read it: its validation errors and its text.</summary>
internal static class RenderedDocument
{
    /// <summary>Every OpenXmlValidator (Office 2019) error, as "part xpath: description".</summary>
    public static List<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The text of the body, headers and footers, without breaks and tabs.</summary>
    public static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var roots = new List<OpenXmlElement> { main.Document!.Body! };
        roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement)h.Header!));
        roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement)f.Footer!));
        var text = new StringBuilder();
        foreach (var t in roots.SelectMany(r => r.Descendants<Text>()))
        {
            text.Append(t.Text);
        }

        return text.ToString();
    }
}
