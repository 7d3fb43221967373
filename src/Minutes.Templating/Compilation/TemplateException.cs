using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Compilation;

/// <summary>
/// A template could not be compiled or rendered. <see cref="Diagnostics"/> lists every problem
/// found, each naming the template file, the part (body, header1 …), the paragraph and the cause.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics)
        : base(FormatMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from the problems found and the exception that caused them.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <param name="innerException">The underlying exception.</param>
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics, Exception innerException)
        : base(FormatMessage(diagnostics), innerException)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is null || diagnostics.Count == 0)
        {
            throw new ArgumentException("A template exception needs at least one diagnostic.", nameof(diagnostics));
        }

        return string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
    }
}
