using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Documents;

/// <summary>The outcome of a whole-meeting render.</summary>
/// <param name="Docx">The .docx bytes, or <see langword="null"/> when an error stopped the render.</param>
/// <param name="Diagnostics">The findings; errors explain a missing document and name their data path.</param>
public sealed record MeetingDocumentResult(byte[]? Docx, IReadOnlyList<Diagnostic> Diagnostics);
