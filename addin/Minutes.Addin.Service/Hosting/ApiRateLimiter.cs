using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// The per-client limit on the API (<see cref="AddinServiceApplication.ApiPrefix"/>), through
/// ASP.NET Core's rate-limiting middleware: a fixed window per client, answered over the limit
/// with 429 problem details and <c>Retry-After</c>. The task pane's files are not limited.
/// </summary>
public static class ApiRateLimiter
{
    /// <summary>Sets the limiter up from <paramref name="limit"/>; a limit of 0 or less turns it off.</summary>
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limit)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            limit.PermitLimit <= 0 || !context.Request.Path.StartsWithSegments(AddinServiceApplication.ApiPrefix)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
                    QueueLimit = Math.Max(0, limit.QueueLimit),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
    }

    /// <summary>The authenticated user's name, else the remote address.</summary>
    internal static string ClientKey(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? "user:" + name
            : "address:" + context.Connection.RemoteIpAddress;

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ValueTask(Problems.TooManyRequests(seconds).ExecuteAsync(rejected.HttpContext));
    }
}
