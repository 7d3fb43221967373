using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Addin.Tests;

/// <summary>
/// Issue 21's acceptance: a section inserted by the pane and the same section in a rendered
/// minutes document have the same paragraph properties and text. The section is what the pane
/// receives from the service for <c>insertOoxml</c>; the minutes are the built-in template's
/// rendering of a meeting holding the same content (<see cref="SectionSamples.Meeting"/>).
/// </summary>
public class InsertedSectionTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    private static readonly Lazy<byte[]> RenderedMinutes = new(() =>
    {
        var read = MeetingReader.Read(SectionSamples.Meeting, "meeting.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return MinutesTemplate.BuiltIn("minutes").RenderToBytes(read.Meeting!);
    });

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public async Task An_inserted_section_has_the_paragraph_properties_and_text_of_the_rendered_minutes(string id)
    {
        var response = await service.Client.PostAsJsonAsync($"/api/sections/{id}/ooxml", new { fields = SectionSamples.Values(id) });
        response.EnsureSuccessStatusCode();
        using var section = Docx.FromFlatOpc((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!);
        using var minutes = Docx.Open(RenderedMinutes.Value);

        var inserted = section.Paragraphs;
        var whole = minutes.Paragraphs;
        Assert.NotEmpty(inserted);

        // Where the section's texts stand in the minutes, in order and once.
        var texts = inserted.Select(Docx.TextOf).ToList();
        var wholeTexts = whole.Select(Docx.TextOf).ToList();
        var at = Enumerable.Range(0, wholeTexts.Count - texts.Count + 1)
            .Where(i => wholeTexts.Skip(i).Take(texts.Count).SequenceEqual(texts))
            .ToList();
        Assert.True(at.Count == 1, $"the section's texts stand {at.Count} times in the minutes:\n{string.Join("\n", texts)}");

        for (var i = 0; i < inserted.Count; i++)
        {
            var expected = whole[at[0] + i];
            var actual = inserted[i];
            Assert.Equal(Docx.TextOf(expected), Docx.TextOf(actual));
            Assert.Equal(Properties(expected), Properties(actual));

            // What Word applies: the style's paragraph properties, indentation, spacing and justification.
            var style = StyleOf(actual);
            Assert.Equal(StyleXml(minutes, style), StyleXml(section, style));
        }

        Assert.Equal(
            minutes.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.OuterXml,
            section.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.OuterXml);
    }

    /// <summary>The paragraph's properties as the pane inserts them: style, indentation, spacing, justification, tabs, keep-with-next ….</summary>
    private static string Properties(Paragraph paragraph)
    {
        var properties = (ParagraphProperties?)paragraph.ParagraphProperties?.CloneNode(true);
        Assert.NotNull(properties);
        Assert.NotNull(properties.ParagraphStyleId);
        return properties.OuterXml;
    }

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value!;

    /// <summary>The style and those it is based on, as XML.</summary>
    private static string StyleXml(Docx document, string styleId)
    {
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var chain = new List<string>();
        for (string? id = styleId; id is not null && styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            chain.Add(style.OuterXml);
        }

        Assert.NotEmpty(chain);
        return string.Join("\n", chain);
    }
}
