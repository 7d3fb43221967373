using System.IO;
using BenchmarkDotNet.Attributes;
using Minutes.Templating.Model;

namespace Minutes.Templating.Benchmarks;

/// <summary>Getting the meeting back from a rendered document.</summary>
public class ExtractBenchmarks
{
    private readonly byte[] _document = MinutesTemplate.BuiltIn("minutes").RenderToBytes(Seed.Meeting);

    /// <summary>Extracts the seed meeting from its rendered minutes.</summary>
    [Benchmark]
    public Meeting? Extract()
    {
        using var docx = new MemoryStream(_document, writable: false);
        return MinutesTemplate.Extract(docx);
    }
}
