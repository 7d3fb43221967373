namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// How many API requests one client may make, bound from <c>Addin:RateLimit</c>. A client is the
/// authenticated user when there is one, else the remote address (the real client's behind a
/// proxy when forwarded headers are on). The defaults are far above what a clerk's office makes.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests one client may make in each window; 0 or less turns the limit off.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>The length of a window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests over the limit that wait for the next window instead of getting 429 at once.</summary>
    public int QueueLimit { get; set; } = 10;
}
