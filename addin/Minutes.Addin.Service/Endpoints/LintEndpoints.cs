using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Hosting;
using Minutes.Addin.Service.Lint;

namespace Minutes.Addin.Service.Endpoints;

/// <summary><c>POST /api/lint</c>: findings for a piece of text or for each paragraph of a document.</summary>
public static class LintEndpoints
{
    /// <summary>Maps the lint endpoint.</summary>
    public static void Map(WebApplication app) => app.MapPost("/api/lint", (System.Delegate)LintAsync);

    private static async Task<IResult> LintAsync(HttpContext context)
    {
        var (request, problem) = await JsonRequestReader.ReadAsync<LintRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        var linter = context.RequestServices.GetRequiredService<ITextLinter>();
        switch (request!)
        {
            case { Text: not null, Paragraphs: not null }:
                return Problems.InvalidField("paragraphs", "text-or-paragraphs", "請只提供 text 或 paragraphs 其中之一", "give either text or paragraphs, not both");
            case { Text: { } text }:
                return Results.Ok(new LintResponse(linter.Lint(text)));
            case { Paragraphs: { } paragraphs }:
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    if (paragraphs[i] is null)
                    {
                        return Problems.InvalidField($"paragraphs[{i}]", "required-field", $"第 {i + 1} 段不是文字", $"paragraph {i + 1} is not text");
                    }
                }

                return Results.Ok(new LintResponse(linter.Lint(paragraphs.Select(p => p!).ToList())));
            default:
                return Problems.InvalidField("text", "required-field", "請提供要檢查的文字（text）或文件段落（paragraphs）", "text or paragraphs is required");
        }
    }
}
