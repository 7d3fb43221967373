using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// Answers 413 problem details at once when the declared body length is over the limit. Bodies
/// without a length (chunked) are cut by Kestrel's own limit while they are read.
/// </summary>
/// <remarks>
/// Kestrel reads what is left of a body after the answer so the connection can serve the next
/// request, but never past the limit: past it, Kestrel closes the connection. A client that was
/// not told keeps the connection and its next request fails with no answer. So the answer says
/// <c>Connection: close</c> whenever the rest of the body may be over the limit: a declared
/// length over it, or a chunked body answered with an error (possibly before it was all read).
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

        if (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
                {
                    context.Response.Headers.Connection = "close";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
