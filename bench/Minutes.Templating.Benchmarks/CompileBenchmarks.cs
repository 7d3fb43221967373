using BenchmarkDotNet.Attributes;
using Minutes.Templating.BuiltIn;

namespace Minutes.Templating.Benchmarks;

/// <summary>Compiling the built-in minutes template from its package: paid once per template, then reused.</summary>
public class CompileBenchmarks
{
    /// <summary>Packs and compiles the built-in minutes template.</summary>
    [Benchmark]
    public MinutesTemplate Compile()
    {
        using var docx = BuiltInTemplates.Open("minutes");
        return MinutesTemplate.Compile(docx, "minutes");
    }
}
