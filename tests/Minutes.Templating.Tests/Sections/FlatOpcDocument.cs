using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Templating.Tests.Sections;

/// <summary>Opens a flat OPC section package as a full .docx, validates it and reads its paragraphs.</summary>
public static class FlatOpcDocument
{
    /// <summary>Converts the flat OPC text to a package and returns the schema errors (Office 2019) as text.</summary>
    public static IReadOnlyList<string> ValidationErrors(string flatOpc)
    {
        using var document = WordprocessingDocument.FromFlatOpcString(flatOpc);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
    }

    /// <summary>The text of each paragraph, tabs written as <c>\t</c>.</summary>
    public static IReadOnlyList<string> ParagraphTexts(string flatOpc)
    {
        using var document = WordprocessingDocument.FromFlatOpcString(flatOpc);
        return Paragraphs(document).Select(ParagraphText).ToList();
    }

    /// <summary>The paragraphs of the main document part.</summary>
    public static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(element => element switch
        {
            Text text => text.Text,
            TabChar => "\t",
            _ => "",
        }));
}
