using System;
using System.Collections.Generic;

namespace Minutes.Templating.Diagnostics;

/// <summary>Thrown when a meeting to render or save has errors; lists every one of them.</summary>
public sealed class InvalidMeetingException : DiagnosticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is null or empty.</exception>
    public InvalidMeetingException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
    }
}
