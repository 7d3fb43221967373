using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Minutes.Addin.Service.Documents;

/// <summary>
/// Renders a whole meeting (YAML or JSON text) with a built-in template to a .docx. The
/// library's whole-meeting renderer implements it; until one is registered,
/// <c>POST /api/documents</c> answers 501.
/// </summary>
public interface IMeetingDocumentRenderer
{
    /// <summary>The template ids clients may choose from. Templates are never chosen by path.</summary>
    IReadOnlyList<string> TemplateIds { get; }

    /// <summary>Renders the meeting.</summary>
    /// <param name="templateId">One of <see cref="TemplateIds"/>.</param>
    /// <param name="meeting">The meeting as YAML or JSON text.</param>
    /// <param name="cancellationToken">Cancels the render when the client goes away.</param>
    /// <returns>The document, or the diagnostics that stopped it.</returns>
    Task<MeetingDocumentResult> RenderAsync(string templateId, string meeting, CancellationToken cancellationToken);
}
