using System.IO;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Service.Endpoints;

/// <summary>
/// Serves the task pane page with the configured Office.js URL filled in; the built script,
/// stylesheet and icons are plain static files.
/// </summary>
public static class TaskPaneEndpoints
{
    /// <summary>The placeholder the task pane build leaves in taskpane.html.</summary>
    public const string OfficeJsPlaceholder = "%OFFICE_JS_URL%";

    /// <summary>Maps <c>/</c> and <c>/taskpane.html</c>.</summary>
    public static void Map(WebApplication app)
    {
        app.MapRead("/", () => Results.Redirect("/taskpane.html"));
        app.MapRead("/taskpane.html", ServeAsync);
    }

    private static async Task<IResult> ServeAsync(IWebHostEnvironment environment, IOptions<AddinOptions> options, HttpContext context)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("taskpane.html");
        if (!file.Exists)
        {
            return Problems.NotFound("工作窗格尚未建置，請執行 addin/install.sh", "the task pane is not built; run addin/install.sh");
        }

        using var reader = new StreamReader(file.CreateReadStream());
        var page = await reader.ReadToEndAsync(context.RequestAborted);
        var html = page.Replace(OfficeJsPlaceholder, WebUtility.HtmlEncode(options.Value.OfficeJsUrl), System.StringComparison.Ordinal);
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
