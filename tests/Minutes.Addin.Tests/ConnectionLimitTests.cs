using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Minutes.Addin.Tests;

/// <summary>
/// Issue 20: idle and slow clients over real sockets. The service, with its timeouts shortened
/// through configuration (<c>Kestrel:Limits:…</c>, as an agency would set them), closes each such
/// connection within a generous bound while it answers a normal request.
/// </summary>
public class SlowConnectionTests(SlowConnectionTests.ShortTimeoutServiceHost service) : IClassFixture<SlowConnectionTests.ShortTimeoutServiceHost>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(SlowClientKind.Idle)]
    [InlineData(SlowClientKind.SlowHeaders)]
    [InlineData(SlowClientKind.SlowBody)]
    [InlineData(SlowClientKind.IdleAfterAnswer)]
    public async Task A_slow_or_idle_connection_is_closed_while_normal_requests_are_answered(SlowClientKind kind)
    {
        var slow = SlowClient.ConnectAsync(service.BaseAddress, kind, Bound);

        var normal = await service.Client.GetStringAsync("/healthz");
        var connection = await slow;

        Assert.Equal("ok", normal);
        Assert.True(connection.Closed, $"{SlowClient.Describe(kind)}: still open after {Bound.TotalSeconds} s");
        Assert.Empty(service.Errors.Entries);
        Assert.Equal(kind switch
        {
            SlowClientKind.Idle => null,
            SlowClientKind.IdleAfterAnswer => "HTTP/1.1 200 OK",
            _ => "HTTP/1.1 408 Request Timeout",
        }, connection.StatusLine);
        if (kind == SlowClientKind.SlowBody)
        {
            // Read by the API: a bilingual problem, as the task pane shows titles to the clerk.
            Assert.Contains("application/problem+json", connection.Answer);
            Assert.Contains("請求逾時 (Request timeout)", connection.Answer);
        }
    }

    [Fact]
    public void The_limits_come_from_configuration()
    {
        var limits = service.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(TimeSpan.FromSeconds(2), limits.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), limits.RequestHeadersTimeout);
        Assert.Equal((240d, TimeSpan.FromSeconds(2)), (limits.MinRequestBodyDataRate!.BytesPerSecond, limits.MinRequestBodyDataRate.GracePeriod));
        Assert.Equal(100, limits.MaxConcurrentConnections);
    }

    public sealed class ShortTimeoutServiceHost : ServiceHost
    {
        /// <summary>A client's slowness is its fault, not the service's: nothing at Error level.</summary>
        public ErrorLog Errors { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Errors);

        protected override string[] Settings =>
        [
            "--Kestrel:Limits:KeepAliveTimeout=00:00:02",
            "--Kestrel:Limits:RequestHeadersTimeout=00:00:02",
            "--Kestrel:Limits:MinRequestBodyDataRate:GracePeriod=00:00:02",
            "--Kestrel:Limits:MaxConcurrentConnections=100",
        ];
    }
}

/// <summary>The limits a deployment gets when it sets none (addin/README.md's deployment guide lists them).</summary>
public class DefaultConnectionLimitTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    [Fact]
    public void Idle_and_slow_clients_are_limited_by_default()
    {
        var limits = service.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(TimeSpan.FromSeconds(20), limits.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal((240d, TimeSpan.FromSeconds(5)), (limits.MinRequestBodyDataRate!.BytesPerSecond, limits.MinRequestBodyDataRate.GracePeriod));
        Assert.Equal((240d, TimeSpan.FromSeconds(5)), (limits.MinResponseDataRate!.BytesPerSecond, limits.MinResponseDataRate.GracePeriod));
        Assert.Equal(512, limits.MaxConcurrentConnections);
        Assert.Equal(ServiceHost.BodyLimit, limits.MaxRequestBodySize);
    }
}

/// <summary>
/// Past <c>Kestrel:Limits:MaxConcurrentConnections</c> new connections are closed at once, and
/// the service serves again as soon as connections are freed.
/// </summary>
public class ConnectionCapTests(ConnectionCapTests.CappedServiceHost service) : IClassFixture<ConnectionCapTests.CappedServiceHost>
{
    private const int Cap = 16;
    private const int Extra = 4;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Connections_past_the_cap_are_closed_and_freed_ones_are_served_again()
    {
        var sockets = new List<Socket>();
        using var giveUp = new CancellationTokenSource(Bound);
        try
        {
            var closed = new List<Task<(bool Closed, string? Answer)>>();
            for (var i = 0; i < Cap + Extra; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                sockets.Add(socket);
                await socket.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
                closed.Add(SlowClient.ReadUntilClosedAsync(socket, giveUp.Token));
            }

            // The keep-alive timeout (60 s here) is far away: only the connections past the cap close.
            while (closed.Count(t => t.IsCompleted) < Extra && !giveUp.IsCancellationRequested)
            {
                await Task.WhenAny(closed.Where(t => !t.IsCompleted).Append(Task.Delay(Bound, giveUp.Token)));
            }

            Assert.Equal(Extra, closed.Count(t => t.IsCompletedSuccessfully && t.Result.Closed));
            Assert.All(closed.Where(t => t.IsCompleted), t => Assert.Null(t.Result.Answer));
            using (var refused = new HttpClient { BaseAddress = service.BaseAddress, Timeout = Bound })
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => refused.GetStringAsync("/healthz"));
            }

            foreach (var socket in sockets)
            {
                socket.Close();
            }

            Assert.Equal("ok", await HealthAfterFreeingAsync(giveUp.Token));
        }
        finally
        {
            giveUp.Cancel();
            sockets.ForEach(s => s.Dispose());
        }
    }

    /// <summary>The service notices closed connections on its next read; retry until it has (within the bound).</summary>
    private async Task<string> HealthAfterFreeingAsync(CancellationToken giveUp)
    {
        while (true)
        {
            using var client = new HttpClient { BaseAddress = service.BaseAddress };
            try
            {
                return await client.GetStringAsync("/healthz", giveUp);
            }
            catch (HttpRequestException) when (!giveUp.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), giveUp);
            }
        }
    }

    public sealed class CappedServiceHost : ServiceHost
    {
        protected override string[] Settings =>
        [
            "--Kestrel:Limits:MaxConcurrentConnections=" + Cap,
            "--Kestrel:Limits:KeepAliveTimeout=00:01:00",
        ];
    }
}
