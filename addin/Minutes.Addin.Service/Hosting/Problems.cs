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
            detail: string.Join("；", list.Select(d => $"{d.MessageZh} ({d.MessageEn})")),
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

    /// <summary>429 for a client over the rate limit; <paramref name="retryAfterSeconds"/> is also in the <c>Retry-After</c> header.</summary>
    public static IResult TooManyRequests(int retryAfterSeconds) =>
        Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "請求過於頻繁 (Too many requests)",
            detail: $"請於 {retryAfterSeconds} 秒後再試 (Try again in {retryAfterSeconds} seconds)");

    /// <summary>415 when the body is not JSON.</summary>
    public static IResult UnsupportedMediaType() =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "格式不支援 (Unsupported media type)",
            detail: "請以 application/json 傳送 (Send the body as application/json)");

    /// <summary>413 for an answer that would be larger than the service sends.</summary>
    public static IResult AnswerTooLarge(string messageZh, string messageEn) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "回應內容過大 (The answer would be too large)",
            detail: $"{messageZh} ({messageEn})");

    /// <summary>415 for a JSON body in another character set than UTF-8.</summary>
    public static IResult UnsupportedCharset(string charset) =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "格式不支援 (Unsupported media type)",
            detail: $"只接受 UTF-8 編碼的 JSON，不支援字元集「{charset}」 (Only UTF-8 JSON is accepted, not the charset '{charset}')");

    /// <summary>
    /// Gives the problems ASP.NET Core writes itself (500 from the exception handler, 404 and 405
    /// from status code pages …) a bilingual title, as the task pane shows titles to the clerk.
    /// </summary>
    public static void Bilingual(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is { } status && Titles.TryGetValue(status, out var title)
            && (problem.Title is null || !problem.Title.Any(c => c >= '\u4E00' && c <= '\u9FFF')))
        {
            problem.Title = title;
            if (status == StatusCodes.Status500InternalServerError)
            {
                problem.Detail = "服務發生未預期的錯誤，請稍後再試；一再發生時請通知管理者 (An unexpected error occurred; try again later, and tell the administrator if it keeps happening)";
            }
            else if (status == StatusCodes.Status401Unauthorized)
            {
                problem.Detail = "此服務只接受以機關 Windows 帳號登入的使用者，請以網域帳號登入 Windows 後再開啟 Word (This service accepts only users signed in with the agency's Windows account; sign in to Windows with your domain account and open Word again)";
            }
        }
    }

    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "請求有誤 (Bad request)",
        [StatusCodes.Status401Unauthorized] = "需要登入 (Authentication required)",
        [StatusCodes.Status403Forbidden] = "沒有權限 (Forbidden)",
        [StatusCodes.Status404NotFound] = "找不到 (Not found)",
        [StatusCodes.Status405MethodNotAllowed] = "不允許此方法 (Method not allowed)",
        [StatusCodes.Status408RequestTimeout] = "請求逾時 (Request timeout)",
        [StatusCodes.Status413PayloadTooLarge] = "內容過大 (Request body too large)",
        [StatusCodes.Status415UnsupportedMediaType] = "格式不支援 (Unsupported media type)",
        [StatusCodes.Status429TooManyRequests] = "請求過於頻繁 (Too many requests)",
        [StatusCodes.Status500InternalServerError] = "伺服器發生錯誤 (Internal server error)",
    };

    /// <summary>501 for a feature whose engine is not wired into this service.</summary>
    public static IResult NotAvailable(string messageZh, string messageEn) =>
        Results.Problem(
            statusCode: StatusCodes.Status501NotImplemented,
            title: "尚未提供 (Not available yet)",
            detail: $"{messageZh} ({messageEn})");
}
