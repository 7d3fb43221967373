using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>Lints a clerk's text with the library's convention checks.</summary>
public sealed class ConventionTextLinter : ITextLinter
{
    private readonly ConventionChecker checker = new();

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Lint(string text) => checker.CheckText(text);

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Lint(IReadOnlyList<string> paragraphs) =>
        paragraphs
            .SelectMany((text, index) => checker.CheckText(text).Select(finding =>
            {
                var path = FormattableString.Invariant($"paragraphs[{index}]");
                return finding with { Path = path, Fix = finding.Fix is { } fix ? fix with { Path = path } : null };
            }))
            .ToList();
}
