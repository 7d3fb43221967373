using System.Collections.Generic;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>Lints a clerk's text with the library's convention checks.</summary>
public sealed class ConventionTextLinter : ITextLinter
{
    private readonly ConventionChecker checker = new();

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Lint(string text) => checker.CheckText(text);
}
