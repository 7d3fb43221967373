using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>The answer of <c>POST /api/lint</c>.</summary>
/// <param name="Findings">The findings, in text order.</param>
public sealed record LintResponse(IReadOnlyList<Diagnostic> Findings);
