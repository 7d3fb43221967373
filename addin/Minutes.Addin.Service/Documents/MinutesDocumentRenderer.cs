using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.Hosting;
using Minutes.Templating.Input;

namespace Minutes.Addin.Service.Documents;

/// <summary>
/// Renders a whole meeting (YAML or JSON text) with a template of the library's catalog: the
/// built-in ones plus the configured template folders (section <c>Minutes</c> of the settings).
/// </summary>
/// <param name="templates">The catalog registered by <c>AddMinutesTemplating</c>.</param>
public sealed class MinutesDocumentRenderer(IMinutesTemplates templates) : IMeetingDocumentRenderer
{
    /// <inheritdoc />
    public IReadOnlyList<string> TemplateIds => templates.Names;

    /// <inheritdoc />
    public async Task<MeetingDocumentResult> RenderAsync(string templateId, string meeting, CancellationToken cancellationToken)
    {
        var read = MeetingReader.Read(meeting, "meeting");
        if (!read.Succeeded)
        {
            return new MeetingDocumentResult(null, read.Diagnostics);
        }

        using var buffer = new MemoryStream();
        await templates.GetTemplate(templateId).RenderAsync(read.Meeting!, buffer, cancellationToken).ConfigureAwait(false);
        return new MeetingDocumentResult(buffer.ToArray(), read.Diagnostics);
    }
}
