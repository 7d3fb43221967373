using System.Collections.Generic;

namespace Minutes.Addin.Service.Lint;

/// <summary>The body of <c>POST /api/lint</c>: either <see cref="Text"/> or <see cref="Paragraphs"/>.</summary>
public sealed class LintRequest
{
    /// <summary>A piece of text to check (a selection).</summary>
    public string? Text { get; set; }

    /// <summary>The document's paragraphs, in order, each checked on its own (findings at <c>paragraphs[i]</c>).</summary>
    public IReadOnlyList<string?>? Paragraphs { get; set; }
}
