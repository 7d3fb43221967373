using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// The RFC 7807 problem details the service answers with. Titles and details are bilingual
/// (中文 (English)) because the task pane shows them to the clerk.
/// </summary>
public static class Problems
{
    /// <summary>400 with <c>errors</c> keyed by the data path of each bad field and the findings in <c>diagnostics</c>.</summary>
    public static IResult Invalid(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list
            .GroupBy(d => d.Path)
            .ToDictionary(group => group.Key, group => group.Select(d => $"{d.MessageZh} ({d.MessageEn})").ToArray());
        return Results.ValidationProblem(
            errors,
            detail: string.Join("；", list.Select(d => d.MessageZh)),
            title: "輸入內容有誤 (The request has invalid values)",
            extensions: new Dictionary<string, object?> { ["diagnostics"] = list });
    }

    /// <summary>400 naming one field.</summary>
    public static IResult InvalidField(string path, string ruleId, string messageZh, string messageEn) =>
        Invalid([new Diagnostic { RuleId = ruleId, Severity = Severity.Error, Path = path, MessageZh = messageZh, MessageEn = messageEn }]);

    /// <summary>404 for an unknown resource id.</summary>
    public static IResult NotFound(string messageZh, string messageEn) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "找不到 (Not found)", detail: $"{messageZh} ({messageEn})");

    /// <summary>413 for a body over the configured limit.</summary>
    public static IResult PayloadTooLarge(long limit) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "內容過大 (Request body too large)",
            detail: $"請求內容不得超過 {limit} 位元組 (The request body must not exceed {limit} bytes)");

    /// <summary>415 when the body is not JSON.</summary>
    public static IResult UnsupportedMediaType() =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "格式不支援 (Unsupported media type)",
            detail: "請以 application/json 傳送 (Send the body as application/json)");

    /// <summary>501 for a feature whose engine is not wired into this service.</summary>
    public static IResult NotAvailable(string messageZh, string messageEn) =>
        Results.Problem(
            statusCode: StatusCodes.Status501NotImplemented,
            title: "尚未提供 (Not available yet)",
            detail: $"{messageZh} ({messageEn})");
}
