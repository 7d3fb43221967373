using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Addin.Service.Hosting;
using Minutes.Addin.Service.Lint;
using Minutes.Templating.Diagnostics;

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
                return Answer(context, linter.Lint(text));
            case { Paragraphs: { } paragraphs }:
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    if (paragraphs[i] is null)
                    {
                        return Problems.InvalidField($"paragraphs[{i}]", "required-field", $"第 {i + 1} 段不是文字", $"paragraph {i + 1} is not text");
                    }
                }

                return Answer(context, linter.Lint(paragraphs.Select(p => p!).ToList()));
            default:
                return Problems.InvalidField("text", "required-field", "請提供要檢查的文字（text）或文件段落（paragraphs）", "text or paragraphs is required");
        }
    }

    /// <summary>The findings, or 413 when there are more than one answer may hold.</summary>
    private static IResult Answer(HttpContext context, IReadOnlyList<Diagnostic> findings)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<AddinOptions>>().Value.MaxLintFindings;
        return findings.Count > limit
            ? Problems.AnswerTooLarge(
                $"找到超過 {limit} 處問題，超過一次回應的上限；請分段檢查，或先修正前面的問題",
                $"more than {limit} findings, more than one answer holds; check the text in parts, or fix the first findings first")
            : Results.Ok(new LintResponse(findings));
    }
}
