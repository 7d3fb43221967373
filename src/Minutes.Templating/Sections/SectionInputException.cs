using System;
using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Sections;

/// <summary>Thrown when a section's field values cannot be rendered; the diagnostics name each bad field.</summary>
public sealed class SectionInputException : DiagnosticException
{
    /// <summary>Creates the exception from the validation errors.</summary>
    /// <param name="diagnostics">The errors, at least one, each with the field path <c>fields.&lt;id&gt;</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is null or empty.</exception>
    public SectionInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
    }
}
