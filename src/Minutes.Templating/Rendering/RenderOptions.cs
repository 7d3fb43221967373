using System;
using System.IO;
using System.IO.Compression;

namespace Minutes.Templating.Rendering;

/// <summary>Options for one render of a compiled template; <c>MinutesTemplate</c> sets them per meeting.</summary>
internal sealed record RenderOptions
{
    /// <summary>The default options.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// Text stored inside the output package as a custom XML part, such as the input data as
    /// JSON, so that it can be read back with <see cref="Packaging.EmbeddedData.Extract"/>.
    /// Null stores nothing.
    /// </summary>
    public string? EmbeddedData { get; init; }

    /// <summary>
    /// Writes the embedded text as UTF-8 straight into the package instead of <see cref="EmbeddedData"/>,
    /// so a long meeting is never held as one string.
    /// </summary>
    internal Action<Stream>? EmbeddedDataWriter { get; init; }

    /// <summary>
    /// The most characters of XML this render may write, all parts together; null uses the
    /// template's <see cref="Compilation.TemplateOptions.MaxOutputChars"/>.
    /// </summary>
    public long? MaxOutputChars { get; init; }

    /// <summary>The longest the render may take; null uses <see cref="RenderBudget.DefaultDeadline"/>.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>How hard the output package is compressed. Default <see cref="CompressionLevel.Optimal"/>.</summary>
    public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;
}
