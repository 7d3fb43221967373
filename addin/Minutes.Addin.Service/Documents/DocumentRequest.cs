namespace Minutes.Addin.Service.Documents;

/// <summary>The body of <c>POST /api/documents</c>.</summary>
public sealed class DocumentRequest
{
    /// <summary>The built-in template's id, such as <c>official</c>; never a path.</summary>
    public string? TemplateId { get; set; }

    /// <summary>The meeting as YAML or JSON text.</summary>
    public string? Meeting { get; set; }
}
