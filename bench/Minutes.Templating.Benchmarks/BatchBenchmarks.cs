using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Minutes.Templating.Benchmarks;

/// <summary>A batch of 1,000 seed-size meetings rendered in parallel, as a server or <c>minutes render folder/</c> does.</summary>
public class BatchBenchmarks
{
    private const int Documents = 1000;
    private readonly MinutesTemplate _template = MinutesTemplate.BuiltIn("minutes");

    /// <summary>Renders 1,000 documents on every core.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public void Thousand_documents_in_parallel() =>
        Parallel.For(0, Documents, () => new MemoryStream(), (_, _, buffer) =>
        {
            buffer.SetLength(0);
            _template.Render(Seed.Meeting, buffer);
            return buffer;
        }, buffer => buffer.Dispose());
}
