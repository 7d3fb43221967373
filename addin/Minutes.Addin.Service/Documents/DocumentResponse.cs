using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Documents;

/// <summary>The answer of <c>POST /api/documents</c>.</summary>
/// <param name="Base64">The .docx, base64-encoded for <c>insertFileFromBase64</c>.</param>
/// <param name="Diagnostics">Warnings found while rendering.</param>
public sealed record DocumentResponse(string Base64, IReadOnlyList<Diagnostic> Diagnostics);
