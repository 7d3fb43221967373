using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Hosting;
using Minutes.Addin.Service.Lint;

namespace Minutes.Addin.Service.Endpoints;

/// <summary><c>POST /api/lint</c>: findings for a piece of text.</summary>
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

        if (request!.Text is null)
        {
            return Problems.InvalidField("text", "required-field", "請提供要檢查的文字", "text is required");
        }

        var linter = context.RequestServices.GetRequiredService<ITextLinter>();
        return Results.Ok(new LintResponse(linter.Lint(request.Text)));
    }
}
