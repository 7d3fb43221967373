using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Input;

namespace Minutes.Addin.Service.Documents;

/// <summary>Renders a whole meeting (YAML or JSON text) with a built-in template, through the library.</summary>
public sealed class MinutesDocumentRenderer : IMeetingDocumentRenderer
{
    /// <inheritdoc />
    public IReadOnlyList<string> TemplateIds { get; } = BuiltInTemplates.All.Select(t => t.Name).ToArray();

    /// <inheritdoc />
    public async Task<MeetingDocumentResult> RenderAsync(string templateId, string meeting, CancellationToken cancellationToken)
    {
        var read = MeetingReader.Read(meeting, "meeting");
        if (!read.Succeeded)
        {
            return new MeetingDocumentResult(null, read.Diagnostics);
        }

        using var buffer = new MemoryStream();
        await MinutesTemplate.BuiltIn(templateId).RenderAsync(read.Meeting!, buffer, cancellationToken).ConfigureAwait(false);
        return new MeetingDocumentResult(buffer.ToArray(), read.Diagnostics);
    }
}
