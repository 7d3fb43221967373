using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// Answers 413 problem details at once when the declared body length is over the limit. Bodies
/// without a length (chunked) are cut by Kestrel's own limit while they are read.
/// </summary>
/// <remarks>
/// Kestrel will not drain an oversized body, so it closes the connection after the answer. The
/// answer says so (<c>Connection: close</c>); otherwise the client keeps the connection and its
/// next request on it fails with no answer.
/// </remarks>
public sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<AddinOptions> options)
{
    /// <summary>Refuses an oversized request or passes it on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.Headers.Connection = "close";
            return Problems.PayloadTooLarge(limit).ExecuteAsync(context);
        }

        return next(context);
    }
}
