using System.Collections.Generic;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Templating.Sections;

/// <summary>
/// Collects the paragraphs of one section and writes them as the flat OPC package that
/// <c>Word.Range.insertOoxml</c> takes. insertOoxml keeps the target document's styles, so every
/// paragraph and run carries its formatting directly: 標楷體 for East Asian text, Times New Roman
/// for Latin and digits, zh-TW, 14 pt, kinsoku, and a hanging indent as wide as the text label so
/// wrapped lines align after it.
/// </summary>
internal sealed class SectionDocumentBuilder
{
    private const string EastAsianFont = "標楷體";
    private const string LatinFont = "Times New Roman";
    private const string BodyHalfPoints = "28";
    private const string TitleHalfPoints = "40";
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>The width of one 14 pt full-width character, in twentieths of a point.</summary>
    internal const int CharacterWidth = 280;

    private readonly List<Paragraph> paragraphs = [];

    /// <summary>Adds the centred bold 20 pt title.</summary>
    public void AddTitle(string text)
    {
        var properties = BaseParagraphProperties(TitleHalfPoints, bold: true);
        properties.Justification = new Justification { Val = JustificationValues.Center };
        paragraphs.Add(new Paragraph(properties, Run(text, TitleHalfPoints, bold: true)));
    }

    /// <summary>
    /// Adds a paragraph whose <paramref name="label"/> starts <paramref name="indentCharacters"/>
    /// characters in and hangs: the text and its wrapped lines start after the label. A tab in the
    /// text moves to <paramref name="tabStop"/> when one is given.
    /// </summary>
    public void AddLabelled(int indentCharacters, string label, string text, TabStop? tabStop = null)
    {
        var properties = BaseParagraphProperties(BodyHalfPoints, bold: false);
        properties.Indentation = new Indentation
        {
            Left = ((indentCharacters + label.Length) * CharacterWidth).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Hanging = (label.Length * CharacterWidth).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (tabStop is not null)
        {
            properties.Tabs = new Tabs(tabStop);
        }

        var paragraph = new Paragraph(properties);
        if (label.Length > 0)
        {
            paragraph.Append(Run(label, BodyHalfPoints, bold: false));
        }

        if (text.Length > 0)
        {
            paragraph.Append(Run(text, BodyHalfPoints, bold: false));
        }

        paragraphs.Add(paragraph);
    }

    /// <summary>Writes the paragraphs as a flat OPC <c>pkg:package</c> document.</summary>
    public string ToFlatOpc()
    {
        using var stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        // A fixed relationship id keeps the output byte-for-byte repeatable.
        var mainPart = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rId1");
        mainPart.Document = new Document(new Body(paragraphs));
        mainPart.Document.Save();
        return document.ToFlatOpcString();
    }

    private static ParagraphProperties BaseParagraphProperties(string halfPoints, bool bold) => new()
    {
        Kinsoku = new Kinsoku(),
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
        ParagraphMarkRunProperties = new ParagraphMarkRunProperties(RunFormatting(halfPoints, bold)),
    };

    private static Run Run(string text, string halfPoints, bool bold)
    {
        var run = new Run(new RunProperties(RunFormatting(halfPoints, bold)));
        var pieces = text.Split('\t');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            if (pieces[i].Length > 0)
            {
                run.Append(new Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    // Schema order inside rPr: rFonts, b, bCs, sz, szCs, lang.
    private static IEnumerable<OpenXmlElement> RunFormatting(string halfPoints, bool bold)
    {
        yield return new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = EastAsianFont, ComplexScript = LatinFont, Hint = FontTypeHintValues.EastAsia };
        if (bold)
        {
            yield return new Bold();
            yield return new BoldComplexScript();
        }

        yield return new FontSize { Val = halfPoints };
        yield return new FontSizeComplexScript { Val = halfPoints };
        yield return new Languages { EastAsia = "zh-TW" };
    }
}
