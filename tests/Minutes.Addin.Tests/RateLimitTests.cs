using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Minutes.Addin.Tests;

/// <summary>The per-client API rate limit: 429 problem details with Retry-After, per user or address.</summary>
public class RateLimitTests(RateLimitTests.LimitedServiceHost service) : IClassFixture<RateLimitTests.LimitedServiceHost>
{
    private const int Limit = 3;

    [Fact]
    public async Task A_user_over_the_limit_gets_429_problem_with_retry_after_and_others_are_not_affected()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsUser("over-limit", "/api/templates")).StatusCode);
        }

        var refused = await GetAsUser("over-limit", "/api/templates");

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("請求過於頻繁 (Too many requests)", problem.GetProperty("title").GetString());
        var retryAfter = refused.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Contains($"{(int)retryAfter.TotalSeconds} 秒", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        SecurityHeaderAssert.HasSecurityHeaders(refused);
        Assert.Equal(HttpStatusCode.OK, (await GetAsUser("over-limit", "/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsUser("over-limit", "/taskpane.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsUser("someone-else", "/api/templates")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_clients_are_told_apart_by_address()
    {
        using var first = ClientFrom("127.0.0.2");
        using var second = ClientFrom("127.0.0.3");
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/sections")).StatusCode);
        }

        await ProblemAssert.IsProblemAsync(await first.GetAsync("/api/sections"), HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/sections")).StatusCode);
    }

    private Task<HttpResponseMessage> GetAsUser(string user, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(TestUserAuthenticationHandler.Header, user);
        return service.Client.SendAsync(request);
    }

    /// <summary>A client whose connections come from <paramref name="localAddress"/> (any 127.x address is loopback on Linux).</summary>
    private HttpClient ClientFrom(string localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = service.BaseAddress };
    }

    /// <summary>The service with a limit of <see cref="Limit"/> requests an hour, no queue, and a test user header.</summary>
    public sealed class LimitedServiceHost : ServiceHost
    {
        protected override string[] Settings =>
        [
            "--Addin:RateLimit:PermitLimit=" + Limit,
            "--Addin:RateLimit:WindowSeconds=3600",
            "--Addin:RateLimit:QueueLimit=0",
        ];

        protected override void ConfigureServices(IServiceCollection services) => TestUserAuthenticationHandler.Add(services);
    }
}
