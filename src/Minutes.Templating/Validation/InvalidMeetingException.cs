using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Validation;

/// <summary>Thrown when a meeting to render or save has errors; lists every one of them.</summary>
public sealed class InvalidMeetingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public InvalidMeetingException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
