using System.Collections.Generic;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>One case of the hostile corpus, as <c>tests/corpus/corpus.json</c> describes it.</summary>
public sealed record CorpusCase
{
    /// <summary>A unique name, such as <c>billion-laughs</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>input</c> (a hostile meeting file, rendered with the built-in minutes) or <c>template</c> (a hostile .docx, rendering the 2017 example).</summary>
    public required string Kind { get; init; }

    /// <summary>What the case tries.</summary>
    public required string Description { get; init; }

    /// <summary>The committed file under tests/corpus (for a template, the main part's XML), or null when generated.</summary>
    public string? File { get; init; }

    /// <summary>The generator that writes the case, when it is not a committed file.</summary>
    public string? Generator { get; init; }

    /// <summary>For a template: the committed main-part relationships file, if any.</summary>
    public string? Relationships { get; init; }

    /// <summary>For a template: committed files placed beside the .docx (include targets).</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];

    /// <summary>The exit code of <c>minutes render</c>: 0 for inputs that must be accepted, 1 for refusals.</summary>
    public required int ExitCode { get; init; }

    /// <summary>The rule id of the expected diagnostic, such as <c>syntax</c> or <c>template-render</c>; null when accepted.</summary>
    public string? Rule { get; init; }

    /// <summary>A fragment of the expected English message; null when accepted.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
