using System.Linq;

namespace Minutes.Addin.Tests.Load;

public class LatencyStatsTests
{
    [Theory]
    [InlineData(100, 50, 95, 99, 100)]
    [InlineData(10, 5, 10, 10, 10)]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Percentiles_are_nearest_rank(int count, double p50, double p95, double p99, double max)
    {
        // 1..count in reverse order: the input need not be sorted.
        var stats = LatencyStats.From(Enumerable.Range(1, count).Reverse().Select(i => (double)i));

        Assert.Equal((count, p50, p95, p99, max), (stats.Count, stats.P50, stats.P95, stats.P99, stats.Max));
    }
}
