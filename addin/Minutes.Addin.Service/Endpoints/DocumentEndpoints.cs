using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Documents;
using Minutes.Addin.Service.Hosting;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Endpoints;

/// <summary><c>GET /api/templates</c> and <c>POST /api/documents</c>: a whole meeting to .docx.</summary>
public static partial class DocumentEndpoints
{
    /// <summary>Maps the document endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapRead("/api/templates", (IServiceProvider services) =>
            Results.Ok(services.GetService<IMeetingDocumentRenderer>()?.TemplateIds ?? []));
        app.MapPost("/api/documents", (Delegate)RenderAsync);
    }

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateIdPattern();

    private static async Task<IResult> RenderAsync(HttpContext context)
    {
        var (request, problem) = await JsonRequestReader.ReadAsync<DocumentRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.TemplateId) || !TemplateIdPattern().IsMatch(request.TemplateId))
        {
            return Problems.InvalidField("templateId", "invalid-template-id",
                "請選擇範本代碼（小寫英數字與連字號），不可使用路徑",
                "templateId must be a template id (lowercase letters, digits, hyphens), never a path");
        }

        if (string.IsNullOrWhiteSpace(request.Meeting))
        {
            return Problems.InvalidField("meeting", "required-field", "請提供會議資料（YAML 或 JSON）", "meeting (YAML or JSON text) is required");
        }

        var renderer = context.RequestServices.GetService<IMeetingDocumentRenderer>();
        if (renderer is null)
        {
            return Problems.NotAvailable("整份會議紀錄的產生功能尚未接上此服務", "whole-meeting rendering is not wired into this service yet");
        }

        if (!renderer.TemplateIds.Contains(request.TemplateId, StringComparer.Ordinal))
        {
            return Problems.InvalidField("templateId", "unknown-template", $"沒有「{request.TemplateId}」這個範本", $"there is no template '{request.TemplateId}'");
        }

        var result = await renderer.RenderAsync(request.TemplateId, request.Meeting, context.RequestAborted);
        if (result.Docx is null || result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return Problems.Invalid(result.Diagnostics.Where(d => d.Severity == Severity.Error));
        }

        return Results.Ok(new DocumentResponse(Convert.ToBase64String(result.Docx), result.Diagnostics));
    }
}
