using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>Checks a piece of minutes text against the writing conventions.</summary>
public interface ITextLinter
{
    /// <summary>Lints <paramref name="text"/>; locations use the file name <c>text</c>, lines and columns from 1.</summary>
    IReadOnlyList<Diagnostic> Lint(string text);

    /// <summary>
    /// Lints each paragraph of a document on its own, as Word's <c>body.paragraphs</c> gives them.
    /// Each finding's path, and its fix's path, is <c>paragraphs[i]</c> (zero-based); a fix's
    /// replacement is the whole new text of that paragraph.
    /// </summary>
    IReadOnlyList<Diagnostic> Lint(IReadOnlyList<string> paragraphs);
}
