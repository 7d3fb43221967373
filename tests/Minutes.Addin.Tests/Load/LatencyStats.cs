using System;
using System.Collections.Generic;
using System.Linq;

namespace Minutes.Addin.Tests.Load;

/// <summary>Percentiles of a set of latencies in milliseconds, by the nearest-rank method.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max)
{
    /// <summary>The statistics of <paramref name="milliseconds"/>; all zero when there are none.</summary>
    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new LatencyStats(0, 0, 0, 0, 0)
            : new LatencyStats(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>The smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
