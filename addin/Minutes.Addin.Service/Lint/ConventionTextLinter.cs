using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Addin.Service.Hosting;
using Minutes.Templating.Diagnostics;
using Microsoft.Extensions.Options;

namespace Minutes.Addin.Service.Lint;

/// <summary>
/// Lints a clerk's text with the library's convention checks. A document's paragraphs are
/// checked until one finding more than <see cref="AddinOptions.MaxLintFindings"/> is found: the
/// endpoint refuses that answer, so finding the rest would only cost memory.
/// </summary>
public sealed class ConventionTextLinter(IOptions<AddinOptions> options) : ITextLinter
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
            .Take(options.Value.MaxLintFindings + 1)
            .ToList();
}
