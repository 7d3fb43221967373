using System.IO;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Templating.Benchmarks;

/// <summary>The seed example (the 2017 宜蘭縣政府 minutes), embedded so the benchmark processes need no paths.</summary>
internal static class Seed
{
    /// <summary>The seed meeting, read and bound once.</summary>
    public static Meeting Meeting { get; } = Read();

    private static Meeting Read()
    {
        using var stream = typeof(Seed).Assembly.GetManifestResourceStream("yilan-2017.yaml")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return MeetingReader.Read(buffer.ToArray(), "yilan-2017.yaml").Meeting!;
    }
}
