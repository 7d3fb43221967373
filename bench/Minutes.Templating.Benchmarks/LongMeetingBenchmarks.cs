using System.IO;
using BenchmarkDotNet.Attributes;
using Minutes.Cli;
using Minutes.Templating.Model;

namespace Minutes.Templating.Benchmarks;

/// <summary>One long document: the seed meeting with generated reports of 6 suggestions each.</summary>
public class LongMeetingBenchmarks
{
    private readonly MinutesTemplate _template = MinutesTemplate.BuiltIn("minutes");
    private readonly MemoryStream _output = new();
    private Meeting _meeting = Seed.Meeting;

    /// <summary>Generated reports; 500 is the large case (about 3.4 MB of document XML); 4,000 is the most a render's default budgets hold.</summary>
    [Params(50, 500, 4000)]
    public int Reports { get; set; }

    /// <summary>Generates the meeting.</summary>
    [GlobalSetup]
    public void Setup() => _meeting = MeetingGenerator.WithReports(Seed.Meeting, Reports);

    /// <summary>Renders the long meeting into a reused buffer.</summary>
    [Benchmark]
    public long Long_meeting()
    {
        _output.SetLength(0);
        _template.Render(_meeting, _output);
        return _output.Length;
    }
}
