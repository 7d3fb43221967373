using System.Collections.Generic;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>The content of <c>tests/corpus/corpus.json</c>.</summary>
public sealed record CorpusManifest
{
    /// <summary>Every case.</summary>
    public required IReadOnlyList<CorpusCase> Cases { get; init; }
}
