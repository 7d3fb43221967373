using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>An attachment (附件) listed at the end of the minutes.</summary>
[Description("附件")]
public sealed record Attachment
{
    /// <summary>The attachment's title.</summary>
    [Role(TextRole.Text)]
    [ScalarForm]
    [Description("附件名稱")]
    public required string Title { get; init; }
}
