using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

/// <summary>How a slow or idle client behaves on its own raw TCP connection.</summary>
public enum SlowClientKind
{
    /// <summary>Connects and sends nothing.</summary>
    Idle,

    /// <summary>Sends a request line and headers one byte a second, never ending them (slowloris).</summary>
    SlowHeaders,

    /// <summary>Sends a JSON POST's headers at once, then its 10,000-byte body one byte a second.</summary>
    SlowBody,

    /// <summary>Gets one answer on a keep-alive connection, then sends nothing more.</summary>
    IdleAfterAnswer,
}

/// <summary>What happened to one connection of a slow client.</summary>
/// <param name="Kind">How the client behaved.</param>
/// <param name="Closed">Whether the service closed the connection before the client gave up.</param>
/// <param name="Open">From the connection to its closing (or to giving up).</param>
/// <param name="Answer">The start of what the service answered (up to 2,000 bytes, as UTF-8), or null if it answered nothing.</param>
public sealed record SlowConnection(SlowClientKind Kind, bool Closed, TimeSpan Open, string? Answer)
{
    /// <summary>The answer's first line (<c>HTTP/1.1 408 Request Timeout</c>), or null.</summary>
    public string? StatusLine => Answer?.Split("\r\n")[0];

    /// <summary>Whether the service answered with a 5xx status.</summary>
    public bool ServerError => StatusLine is { } line && line.Split(' ') is [_, var code, ..] && code.StartsWith('5');
}

/// <summary>
/// Clients that hold connections without making progress, over real sockets: the service must
/// close each within its Kestrel limits (KeepAliveTimeout, RequestHeadersTimeout,
/// MinRequestBodyDataRate). The client never closes first; it gives up after a bound.
/// </summary>
public static class SlowClient
{
    private static readonly TimeSpan Trickle = TimeSpan.FromSeconds(1);

    /// <summary>The kind's name in reports.</summary>
    public static string Describe(SlowClientKind kind) => kind switch
    {
        SlowClientKind.Idle => "idle: connects, sends nothing",
        SlowClientKind.SlowHeaders => "slowloris: headers at 1 byte/s",
        SlowClientKind.SlowBody => "slow body: 1 byte/s",
        SlowClientKind.IdleAfterAnswer => "keep-alive idle after an answer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Opens one connection to <paramref name="baseAddress"/> and behaves as <paramref name="kind"/> until the service closes it or <paramref name="bound"/> has passed.</summary>
    public static async Task<SlowConnection> ConnectAsync(Uri baseAddress, SlowClientKind kind, TimeSpan bound)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var started = Stopwatch.GetTimestamp();
        using var giveUp = new CancellationTokenSource(bound);
        var closed = ReadUntilClosedAsync(socket, giveUp.Token);
        var request = $"POST /api/lint HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n";
        switch (kind)
        {
            case SlowClientKind.SlowHeaders:
                await TrickleAsync(socket, Endless($"GET /healthz HTTP/1.1\r\nHost: {baseAddress.Authority}\r\n", "X-Slow: 1\r\n"), closed, giveUp.Token);
                break;
            case SlowClientKind.SlowBody:
                await SendAsync(socket, request);
                await TrickleAsync(socket, Endless("{\"text\":\"", "a"), closed, giveUp.Token);
                break;
            case SlowClientKind.IdleAfterAnswer:
                await SendAsync(socket, $"GET /healthz HTTP/1.1\r\nHost: {baseAddress.Authority}\r\n\r\n");
                break;
        }

        var (isClosed, answer) = await closed;
        return new SlowConnection(kind, isClosed, Stopwatch.GetElapsedTime(started), answer);
    }

    /// <summary>Opens connections of <paramref name="kind"/> one after another until <paramref name="stop"/>; the last one still ends as the service closes it or at the bound.</summary>
    public static async Task<List<SlowConnection>> RunAsync(Uri baseAddress, SlowClientKind kind, TimeSpan bound, CancellationToken stop)
    {
        var connections = new List<SlowConnection>();
        while (!stop.IsCancellationRequested)
        {
            connections.Add(await ConnectAsync(baseAddress, kind, bound));
        }

        return connections;
    }

    /// <summary>Reads until the service closes (end of stream or reset) or <paramref name="giveUp"/>; keeps the answer's first 2,000 bytes.</summary>
    public static async Task<(bool Closed, string? Answer)> ReadUntilClosedAsync(Socket socket, CancellationToken giveUp)
    {
        var buffer = new byte[4096];
        var head = new List<byte>();
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, giveUp);
                if (read == 0)
                {
                    return (true, Text(head));
                }

                head.AddRange(buffer.AsSpan(0, Math.Min(read, 2000 - head.Count)));
            }
        }
        catch (SocketException)
        {
            return (true, Text(head));
        }
        catch (OperationCanceledException)
        {
            return (false, Text(head));
        }
    }

    private static string? Text(List<byte> head) => head.Count == 0 ? null : Encoding.UTF8.GetString(head.ToArray());

    private static IEnumerable<byte> Endless(string start, string repeated)
    {
        foreach (var b in Encoding.ASCII.GetBytes(start))
        {
            yield return b;
        }

        var again = Encoding.ASCII.GetBytes(repeated);
        while (true)
        {
            foreach (var b in again)
            {
                yield return b;
            }
        }
    }

    private static async Task SendAsync(Socket socket, string text)
    {
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(text), SocketFlags.None);
        }
        catch (SocketException)
        {
            // Closed by the service: the reader sees it too.
        }
    }

    private static async Task TrickleAsync(Socket socket, IEnumerable<byte> bytes, Task closed, CancellationToken giveUp)
    {
        var one = new byte[1];
        foreach (var b in bytes)
        {
            if (closed.IsCompleted || giveUp.IsCancellationRequested)
            {
                return;
            }

            one[0] = b;
            try
            {
                await socket.SendAsync(one, SocketFlags.None, giveUp);
                await Task.WhenAny(closed, Task.Delay(Trickle, giveUp));
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException)
            {
                return;
            }
        }
    }
}
