using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// Adds the security headers to every response, and keeps HSTS on a 500. The task pane runs inside Office (Word on the
/// web frames it), so framing is allowed only for Office hosts through CSP frame-ancestors.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<AddinOptions> options)
{
    /// <summary>The hosts allowed to frame the task pane: Word on the web and the Office shells.</summary>
    public const string OfficeFrameAncestors =
        "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.office.net https://*.sharepoint.com https://*.cloud.microsoft https://*.microsoft365.com";

    private readonly string contentSecurityPolicy =
        $"default-src 'self'; script-src 'self' {ScriptOrigin(options.Value.OfficeJsUrl)}; style-src 'self'; img-src 'self' data:; "
        + $"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {OfficeFrameAncestors}";

    /// <summary>Sets the headers when the response starts and passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        // When the response starts rather than now: the exception handler clears the headers before
        // its 500, HSTS (set by the HSTS middleware before this one) among them.
        var hsts = context.Response.Headers.StrictTransportSecurity;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!StringValues.IsNullOrEmpty(hsts))
            {
                headers.StrictTransportSecurity = hsts;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string ScriptOrigin(string officeJsUrl) =>
        Uri.TryCreate(officeJsUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : "";
}
