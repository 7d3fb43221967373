using System.Text.Json.Serialization;

namespace Minutes.Addin.Service.Documents;

/// <summary>
/// The body of <c>POST /api/documents</c>. Any other member (such as a <c>templatePath</c>) is
/// refused with 400 rather than ignored, so a client never believes it chose a template file.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DocumentRequest
{
    /// <summary>The built-in template's id, such as <c>official</c>; never a path.</summary>
    public string? TemplateId { get; set; }

    /// <summary>The meeting as YAML or JSON text.</summary>
    public string? Meeting { get; set; }
}
