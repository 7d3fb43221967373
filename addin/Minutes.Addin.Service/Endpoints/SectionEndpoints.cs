using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Addin.Service.Hosting;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Hosting;
using Minutes.Templating.Sections;

namespace Minutes.Addin.Service.Endpoints;

/// <summary><c>GET /api/sections</c> and <c>POST /api/sections/{id}/ooxml</c>.</summary>
public static class SectionEndpoints
{
    /// <summary>The catalog name of the template sections are rendered with.</summary>
    private const string MinutesTemplateName = "minutes";

    /// <summary>Maps the section endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapRead("/api/sections", () => Results.Ok(SectionCatalog.All));
        app.MapPost("/api/sections/{id}/ooxml", RenderAsync);
    }

    private static async Task<IResult> RenderAsync(string id, HttpContext context)
    {
        var definition = SectionCatalog.Find(id);
        if (definition is null)
        {
            return Problems.NotFound($"沒有「{id}」這種段落", $"there is no section kind '{id}'");
        }

        var (request, problem) = await JsonRequestReader.ReadAsync<SectionRenderRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        var values = new Dictionary<string, string?>(System.StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var (key, element) in request!.Fields ?? [])
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String when TryGetText(element, out var text): values[key] = text; break;
                case JsonValueKind.String:
                    errors.Add(new Diagnostic
                    {
                        RuleId = "invalid-character",
                        Severity = Severity.Error,
                        Path = "fields." + key,
                        MessageZh = $"「{key}」含有不成對的代理字元（\\uD800 至 \\uDFFF 須成對出現），請刪除",
                        MessageEn = $"'{key}' holds an unpaired surrogate (\\uD800 to \\uDFFF must come in pairs): remove it",
                    });
                    break;
                case JsonValueKind.Number: values[key] = element.GetRawText(); break;
                case JsonValueKind.Null: values[key] = null; break;
                default:
                    errors.Add(new Diagnostic
                    {
                        RuleId = "not-text",
                        Severity = Severity.Error,
                        Path = "fields." + key,
                        MessageZh = $"「{key}」必須是文字",
                        MessageEn = string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a string, a number or null, not {element.ValueKind}"),
                    });
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // Bounded answers: each line of a field becomes a paragraph of markup, so many short
        // lines are refused before rendering, and any answer over the limit after.
        var limits = context.RequestServices.GetRequiredService<IOptions<AddinOptions>>().Value;
        var lines = values.Values.Sum(v => v is null ? 0 : 1 + v.Count(c => c == '\n'));
        if (lines > limits.MaxSectionLines)
        {
            return Problems.AnswerTooLarge(
                $"各欄位合計 {lines} 行，超過上限 {limits.MaxSectionLines} 行；請分成幾段插入",
                $"the fields hold {lines} lines together, more than the limit of {limits.MaxSectionLines}; insert the text in several parts");
        }

        // The section is rendered by the minutes template the service renders whole meetings
        // with (built-in, or the agency's of the same name), so both look the same.
        string ooxml;
        try
        {
            var template = context.RequestServices.GetRequiredService<IMinutesTemplates>().GetTemplate(MinutesTemplateName);
            ooxml = template.RenderSection(definition, values);
        }
        catch (SectionInputException e)
        {
            return Problems.Invalid(e.Diagnostics);
        }
        catch (TemplateException e) when (e.Diagnostics.Any(d => d.RuleId == DiagnosticRules.SectionMarker.Id))
        {
            // The agency's minutes template renders whole meetings but marks no such part.
            var finding = e.Diagnostics.First(d => d.RuleId == DiagnosticRules.SectionMarker.Id);
            return Problems.NotAvailable(finding.MessageZh, finding.MessageEn);
        }

        return ooxml.Length > limits.MaxAnswerChars
            ? Problems.AnswerTooLarge(
                $"產生的段落有 {ooxml.Length} 個字元，超過上限 {limits.MaxAnswerChars}；請減少內容或分成幾段插入",
                $"the section would be {ooxml.Length} characters, more than the limit of {limits.MaxAnswerChars}; shorten it or insert it in several parts")
            : Results.Ok(new SectionRenderResponse(ooxml));
    }

    /// <summary>The text of a JSON string; false for an escaped unpaired surrogate, which no text can hold.</summary>
    private static bool TryGetText(JsonElement element, out string? text)
    {
        try
        {
            text = element.GetString();
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }

        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
