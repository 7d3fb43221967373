using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>Checks a piece of minutes text against the writing conventions.</summary>
public interface ITextLinter
{
    /// <summary>Lints <paramref name="text"/>; locations use the file name <c>text</c>, lines and columns from 1.</summary>
    IReadOnlyList<Diagnostic> Lint(string text);
}
