using System.IO;
using BenchmarkDotNet.Attributes;

namespace Minutes.Templating.Benchmarks;

/// <summary>One document of the seed meeting (the 2017 宜蘭縣政府 minutes) with the compiled built-in minutes template.</summary>
public class RenderBenchmarks
{
    private readonly MinutesTemplate _template = MinutesTemplate.BuiltIn("minutes");
    private readonly MemoryStream _output = new();

    /// <summary>Renders the seed meeting into a reused buffer.</summary>
    [Benchmark]
    public long Seed_meeting()
    {
        _output.SetLength(0);
        _template.Render(Seed.Meeting, _output);
        return _output.Length;
    }
}
