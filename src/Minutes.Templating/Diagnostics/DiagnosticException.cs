using System;
using System.Collections.Generic;
using System.Linq;

namespace Minutes.Templating.Diagnostics;

/// <summary>
/// The base of every exception this library throws for a located problem: bad input, an
/// invalid meeting, a template that fails. <see cref="Diagnostics"/> lists each problem with
/// its rule id, data path or source location, and message in Chinese and English; the
/// exception's <see cref="Exception.Message"/> is those diagnostics, one per line.
/// </summary>
public abstract class DiagnosticException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is null or empty.</exception>
    protected DiagnosticException(IReadOnlyList<Diagnostic> diagnostics, Exception? innerException = null)
        : base(FormatMessage(diagnostics), innerException)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order found; never empty.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is null || diagnostics.Count == 0)
        {
            throw new ArgumentException("An exception with diagnostics needs at least one.", nameof(diagnostics));
        }

        return string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
    }
}
