using System;
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
/// documents, lint calls and bad requests. Figures go to the test output and to
/// <c>TestResults/load.md</c> beside the test assembly. Latency is reported, never asserted:
/// the run shares a small CI machine.
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

    [Fact]
    public async Task Fifty_clients_get_only_right_answers_and_memory_stays_flat()
    {
        var mix = await ServiceLoadMix.CreateAsync(service.Client, ServiceHost.BodyLimit);
        // The warm-up fills the pools, caches and JIT tiers a long-running service also has.
        await LoadRun.ExecuteAsync(service.BaseAddress, mix, Clients, WarmUp, RequestTimeout);
        var heapBefore = SettledManagedHeap();
        var threadsBefore = ThreadPool.ThreadCount;
        var workingSetBefore = WorkingSet();

        var run = await LoadRun.ExecuteAsync(service.BaseAddress, mix, Clients, Duration(), RequestTimeout);

        var heapAfter = SettledManagedHeap();
        var threadsAfter = ThreadPool.ThreadCount;
        var workingSetAfter = WorkingSet();
        var report = Report(run, (heapBefore, heapAfter), (threadsBefore, threadsAfter), (workingSetBefore, workingSetAfter));
        output.WriteLine(report);
        var reportPath = Path.Combine(AppContext.BaseDirectory, "TestResults", "load.md");
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        await File.WriteAllTextAsync(reportPath, report);
        output.WriteLine("Written to " + reportPath);

        Assert.All(run.Kinds, kind => Assert.True(kind.Requests > 0, $"no '{kind.Kind}' request was sent"));
        Assert.True(run.Total.ServerErrors == 0, "5xx answers: " + string.Join("\n", run.Total.FailureSamples));
        Assert.True(run.Good.Failures == 0, "failed good requests: " + string.Join("\n", run.Good.FailureSamples));
        Assert.True(run.Bad.Failures == 0, "bad requests not refused as expected: " + string.Join("\n", run.Bad.FailureSamples));
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

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string Report(LoadRun run, (long Before, long After) heap, (int Before, int After) threads, (long Before, long After) workingSet) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            {run.Clients} clients for {run.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, {run.Total.Requests} requests ({run.Total.PerSecond:F1}/s), {run.Total.Failures} failures, {run.Total.ServerErrors} 5xx, {run.Total.TransportErrors} without an answer.

            {run.ToMarkdown()}
            | Memory (whole test process) | Before | After |
            | --- | ---: | ---: |
            | Managed heap after a full GC, MB | {Megabytes(heap.Before)} | {Megabytes(heap.After)} |
            | Working set, MB | {Megabytes(workingSet.Before)} | {Megabytes(workingSet.After)} |
            | Thread-pool threads | {threads.Before} | {threads.After} |
            """);
}
