using System.Linq;
using System.Net.Http;

namespace Minutes.Addin.Tests;

/// <summary>Checks the security headers every answer of the service carries.</summary>
internal static class SecurityHeaderAssert
{
    public static void HasSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})";
        Assert.True(response.Headers.Contains("X-Content-Type-Options"), "no X-Content-Type-Options on " + what);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self' https://*.officeapps.live.com", policy, System.StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, System.StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, System.StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "a Server header on " + what);
    }
}
