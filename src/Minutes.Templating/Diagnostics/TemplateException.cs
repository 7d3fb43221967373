using System;
using System.Collections.Generic;

namespace Minutes.Templating.Diagnostics;

/// <summary>
/// A template could not be compiled or rendered. <see cref="DiagnosticException.Diagnostics"/>
/// lists every problem found, each naming the template file, the part (body, header1 …), the
/// paragraph and the cause.
/// </summary>
public sealed class TemplateException : DiagnosticException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is null or empty.</exception>
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
    }

    /// <summary>Creates the exception from the problems found and the exception that caused them.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <param name="innerException">The underlying exception.</param>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is null or empty.</exception>
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics, Exception innerException)
        : base(diagnostics, innerException)
    {
    }
}
