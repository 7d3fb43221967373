using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests.Load;

/// <summary>
/// Concurrent clients, each with its own HttpClient (its own connection), sending requests one
/// after another for a fixed time. Requests are taken in turn from the mix, so every kind gets
/// its share whatever its speed. A client stops starting new requests when the time is up and
/// finishes the one in flight, so a run lasts at most duration + one request timeout.
/// </summary>
public sealed class LoadRun
{
    // Percentiles do not combine, so the summary rows are computed from every latency of their kinds.
    private readonly Dictionary<string, List<double>> latenciesByKind;

    private LoadRun(int clients, TimeSpan elapsed, IReadOnlyList<LoadKindResult> kinds, Dictionary<string, List<double>> latenciesByKind)
    {
        Clients = clients;
        Elapsed = elapsed;
        Kinds = kinds;
        this.latenciesByKind = latenciesByKind;
    }

    /// <summary>How many clients sent requests at the same time.</summary>
    public int Clients { get; }

    /// <summary>From the first request to the last answer.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The outcome per request kind, in the order the kinds first appear in the mix.</summary>
    public IReadOnlyList<LoadKindResult> Kinds { get; }

    /// <summary>Every request of the run.</summary>
    public LoadKindResult Total => Summarise("all requests", isGood: false, Kinds);

    /// <summary>The requests a well-behaved client sends.</summary>
    public LoadKindResult Good => Summarise("good requests", isGood: true, Kinds.Where(k => k.IsGood));

    /// <summary>The requests the service must refuse.</summary>
    public LoadKindResult Bad => Summarise("bad requests", isGood: false, Kinds.Where(k => !k.IsGood));

    /// <summary>Runs <paramref name="clients"/> clients against <paramref name="baseAddress"/> for <paramref name="duration"/>.</summary>
    public static async Task<LoadRun> ExecuteAsync(
        Uri baseAddress, IReadOnlyList<LoadCase> mix, int clients, TimeSpan duration, TimeSpan requestTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfZero(mix.Count);
        var next = -1L;
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients)
            .Select(_ => Task.Run(() => RunClientAsync(baseAddress, mix, () => Interlocked.Increment(ref next), requestTimeout, stop.Token)))
            .ToArray();
        var tallies = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latenciesByKind = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var kinds = mix.Select(c => c.Kind).Distinct().Select(kind =>
        {
            var parts = tallies.Where(t => t.ContainsKey(kind)).Select(t => t[kind]).ToList();
            latenciesByKind[kind] = parts.SelectMany(p => p.LatenciesMs).ToList();
            var latencies = LatencyStats.From(latenciesByKind[kind]);
            return new LoadKindResult(
                kind,
                mix.First(c => c.Kind == kind).IsGood,
                latencies.Count,
                parts.Sum(p => p.Failures),
                parts.Sum(p => p.ServerErrors),
                parts.Sum(p => p.TransportErrors),
                parts.SelectMany(p => p.FailureSamples).Take(LoadTally.FailureSamplesKept).ToList(),
                latencies,
                latencies.Count / elapsed.TotalSeconds);
        }).ToList();
        return new LoadRun(clients, elapsed, kinds, latenciesByKind);
    }

    /// <summary>The figures as a markdown table: one row per kind, then the good, bad and total rows.</summary>
    public string ToMarkdown()
    {
        var table = new StringBuilder()
            .AppendLine("| Request kind | Requests | Per second | p50 ms | p95 ms | p99 ms | max ms | Failures | 5xx |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in Kinds.Append(Good).Append(Bad).Append(Total))
        {
            var latency = kind.Latency;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind.Kind} | {kind.Requests} | {kind.PerSecond:F1} | {latency.P50:F1} | {latency.P95:F1} | {latency.P99:F1} | {latency.Max:F1} | {kind.Failures} | {kind.ServerErrors} |");
        }

        return table.ToString();
    }

    private static async Task<Dictionary<string, LoadTally>> RunClientAsync(
        Uri baseAddress, IReadOnlyList<LoadCase> mix, Func<long> nextIndex, TimeSpan requestTimeout, CancellationToken stop)
    {
        var tallies = new Dictionary<string, LoadTally>(StringComparer.Ordinal);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var previous = "nothing";
        while (!stop.IsCancellationRequested)
        {
            var loadCase = mix[(int)(nextIndex() % mix.Count)];
            if (!tallies.TryGetValue(loadCase.Kind, out var tally))
            {
                tally = tallies[loadCase.Kind] = new LoadTally();
            }

            await SendAsync(client, loadCase, tally, requestTimeout, previous);
            previous = loadCase.Kind;
        }

        return tallies;
    }

    private static async Task SendAsync(HttpClient client, LoadCase loadCase, LoadTally tally, TimeSpan requestTimeout, string previousKind)
    {
        using var request = loadCase.CreateRequest();
        using var timeout = new CancellationTokenSource(requestTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if ((int)response.StatusCode >= 500)
            {
                tally.ServerErrors++;
            }

            var failure = Judge(loadCase, response, body);
            if (failure is not null)
            {
                tally.AddFailure($"{loadCase.Kind}: {failure}");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            tally.TransportErrors++;
            tally.AddFailure($"{loadCase.Kind} (after {previousKind} on this client): no answer ({Describe(exception)})");
        }
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is null
            ? $"{exception.GetType().Name}: {exception.Message}"
            : $"{exception.GetType().Name}: {exception.Message} ← {Describe(exception.InnerException)}";

    private static string? Judge(LoadCase loadCase, HttpResponseMessage response, byte[] body)
    {
        try
        {
            return loadCase.Check(response, body);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            return $"unexpected body ({exception.GetType().Name}: {exception.Message})";
        }
    }

    private LoadKindResult Summarise(string name, bool isGood, IEnumerable<LoadKindResult> kinds)
    {
        var list = kinds.ToList();
        return new LoadKindResult(
            name,
            isGood,
            list.Sum(k => k.Requests),
            list.Sum(k => k.Failures),
            list.Sum(k => k.ServerErrors),
            list.Sum(k => k.TransportErrors),
            list.SelectMany(k => k.FailureSamples).ToList(),
            LatencyStats.From(list.SelectMany(k => latenciesByKind[k.Kind])),
            list.Sum(k => k.PerSecond));
    }
}
