using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Minutes.Addin.Tests.Load;

/// <summary>
/// The real service on a loopback Kestrel port under 50 concurrent clients for 30 seconds
/// (<c>MINUTES_LOAD_SECONDS</c> changes the time) with a mix of section renders, whole
/// documents, lint calls and bad requests, while slow and idle clients (<see cref="SlowClient"/>)
/// hold raw connections against the service's default Kestrel limits. Figures go to the test
/// output and to <c>TestResults/load.md</c> beside the test assembly. Latency is reported, never
/// asserted: the run shares a small CI machine.
/// </summary>
[Collection(nameof(LoadTestGroup))]
public class ServiceLoadTests(ServiceHost service, ITestOutputHelper output) : IClassFixture<ServiceHost>
{
    public const string DurationVariable = "MINUTES_LOAD_SECONDS";
    public const int Clients = 50;
    private const long PeakLimitBytes = 1L << 30;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private const long MemorySlackBytes = 50L * 1024 * 1024;
    public const int SlowClientsPerKind = 10;

    // The service's default limits close these within 20 s (keep-alive), 10 s (headers) and about
    // 6 s (body rate after its grace); the bound leaves room for a loaded machine.
    private static readonly TimeSpan SlowBound = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Fifty_clients_get_only_right_answers_and_memory_stays_flat()
    {
        var mix = await ServiceLoadMix.CreateAsync(service.Client, ServiceHost.BodyLimit);
        // The warm-up fills the pools, caches and JIT tiers a long-running service also has.
        await LoadRun.ExecuteAsync(service.BaseAddress, mix, Clients, WarmUp, RequestTimeout);
        var heapBefore = SettledManagedHeap();
        var threadsBefore = ThreadPool.ThreadCount;
        var workingSetBefore = WorkingSet();

        var duration = Duration();
        using var slowStop = new CancellationTokenSource(duration);
        var slowClients = Enum.GetValues<SlowClientKind>()
            .SelectMany(kind => Enumerable.Range(0, SlowClientsPerKind)
                .Select(_ => Task.Run(() => SlowClient.RunAsync(service.BaseAddress, kind, SlowBound, slowStop.Token))))
            .ToArray();
        var run = await LoadRun.ExecuteAsync(service.BaseAddress, mix, Clients, duration, RequestTimeout);
        // Each slow client's last connection ends when the service closes it (or at the bound).
        var slow = (await Task.WhenAll(slowClients)).SelectMany(connections => connections).ToList();

        var heapAfter = SettledManagedHeap();
        var threadsAfter = ThreadPool.ThreadCount;
        var workingSetAfter = WorkingSet();
        var report = Report(run, slow, (heapBefore, heapAfter), (threadsBefore, threadsAfter), (workingSetBefore, workingSetAfter));
        output.WriteLine(report);
        var reportPath = Path.Combine(AppContext.BaseDirectory, "TestResults", "load.md");
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        await File.WriteAllTextAsync(reportPath, report);
        output.WriteLine("Written to " + reportPath);

        Assert.All(run.Kinds, kind => Assert.True(kind.Requests > 0, $"no '{kind.Kind}' request was sent"));
        Assert.True(run.Total.ServerErrors == 0, "5xx answers: " + string.Join("\n", run.Total.FailureSamples));
        Assert.True(run.Good.Failures == 0, "failed good requests: " + string.Join("\n", run.Good.FailureSamples));
        Assert.True(run.Bad.Failures == 0, "bad requests not refused as expected: " + string.Join("\n", run.Bad.FailureSamples));
        // Issue 20: slow and idle connections are closed by the service within bounded time.
        Assert.All(Enum.GetValues<SlowClientKind>(), kind => Assert.Contains(slow, c => c.Kind == kind));
        Assert.True(slow.All(c => c.Closed), "still open after " + SlowBound.TotalSeconds + " s: "
            + string.Join(", ", slow.Where(c => !c.Closed).Select(c => SlowClient.Describe(c.Kind)).Distinct()));
        Assert.True(!slow.Any(c => c.ServerError), "5xx to slow clients: " + string.Join(", ", slow.Where(c => c.ServerError).Select(c => c.StatusLine).Distinct()));
        // Pools (Kestrel's memory pool, ArrayPool, HttpClient connections) may keep what the load
        // needed, which is why the bound is loose; a leak of anything per request (a document,
        // a response, a template) over thousands of requests still goes far past it.
        // Issue 20: the service, hostile requests included, stays under 1 GB at its peak (the whole test process).
        Assert.True(PeakWorkingSet() < PeakLimitBytes, $"the process's peak working set was {Megabytes(PeakWorkingSet())} MB");
        Assert.True(heapAfter < 2 * heapBefore + MemorySlackBytes,
            $"the managed heap grew from {Megabytes(heapBefore)} MB to {Megabytes(heapAfter)} MB over {run.Total.Requests} requests");
    }

    /// <summary>The run's length: <c>MINUTES_LOAD_SECONDS</c>, 30 seconds when it is not set.</summary>
    private static TimeSpan Duration()
    {
        var setting = Environment.GetEnvironmentVariable(DurationVariable);
        if (string.IsNullOrEmpty(setting))
        {
            return TimeSpan.FromSeconds(30);
        }

        Assert.True(int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0,
            $"{DurationVariable} must be a whole number of seconds, not '{setting}'");
        return TimeSpan.FromSeconds(seconds);
    }

    private static long SettledManagedHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string SlowTable(IReadOnlyList<SlowConnection> slow)
    {
        var table = new System.Text.StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| Slow client ({SlowClientsPerKind} of each at a time) | Connections | Closed by the service | Longest open, s | Answers |")
            .AppendLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var kind in slow.GroupBy(c => c.Kind))
        {
            var answers = string.Join(", ", kind.GroupBy(c => c.StatusLine ?? "none").Select(g => $"{g.Key} ×{g.Count()}"));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {SlowClient.Describe(kind.Key)} | {kind.Count()} | {kind.Count(c => c.Closed)} | {kind.Max(c => c.Open.TotalSeconds):F1} | {answers} |");
        }

        return table.ToString();
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string Report(LoadRun run, IReadOnlyList<SlowConnection> slow, (long Before, long After) heap, (int Before, int After) threads, (long Before, long After) workingSet) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            {run.Clients} clients for {run.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, {run.Total.Requests} requests ({run.Total.PerSecond:F1}/s), {run.Total.Failures} failures, {run.Total.ServerErrors} 5xx, {run.Total.TransportErrors} without an answer.

            {run.ToMarkdown()}
            {SlowTable(slow)}
            | Memory (whole test process) | Before | After |
            | --- | ---: | ---: |
            | Managed heap after a full GC, MB | {Megabytes(heap.Before)} | {Megabytes(heap.After)} |
            | Working set, MB | {Megabytes(workingSet.Before)} | {Megabytes(workingSet.After)} |
            | Thread-pool threads | {threads.Before} | {threads.After} |

            Peak working set of the test process (service and clients): {Megabytes(PeakWorkingSet())} MB (limit {Megabytes(PeakLimitBytes)} MB).
            """);
}
