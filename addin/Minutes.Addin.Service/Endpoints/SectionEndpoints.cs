using System.Collections.Generic;
using System.Threading.Tasks;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Minutes.Addin.Service.Hosting;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Sections;

namespace Minutes.Addin.Service.Endpoints;

/// <summary><c>GET /api/sections</c> and <c>POST /api/sections/{id}/ooxml</c>.</summary>
public static class SectionEndpoints
{
    /// <summary>Maps the section endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/sections", () => Results.Ok(SectionCatalog.All));
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
                case JsonValueKind.String: values[key] = element.GetString(); break;
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

        errors.AddRange(SectionInputValidator.Validate(definition, values));
        return errors.Count > 0
            ? Problems.Invalid(errors)
            : Results.Ok(new SectionRenderResponse(SectionOoxmlRenderer.Render(definition, values)));
    }
}
