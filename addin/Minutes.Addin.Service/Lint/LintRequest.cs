namespace Minutes.Addin.Service.Lint;

/// <summary>The body of <c>POST /api/lint</c>.</summary>
public sealed class LintRequest
{
    /// <summary>The text to check.</summary>
    public string? Text { get; set; }
}
