using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Short runs (3 warm-ups, 3 iterations, 1 launch): the whole suite takes minutes, not an hour.
// The median and the minimum are shown because the targets are medians and a shared machine adds outliers.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(Minutes.Templating.Benchmarks.RenderBenchmarks).Assembly).Run(args, config);
