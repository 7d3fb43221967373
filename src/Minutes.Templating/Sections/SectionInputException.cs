using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Sections;

/// <summary>Thrown when a section's field values cannot be rendered; <see cref="Diagnostics"/> names each bad field.</summary>
public sealed class SectionInputException : Exception
{
    /// <summary>Creates the exception from the validation errors.</summary>
    /// <param name="diagnostics">The errors, at least one.</param>
    public SectionInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join("; ", (diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))).Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The validation errors, each with the field path <c>fields.&lt;id&gt;</c>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
