using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>An item carried from an earlier meeting (列管事項) and how it was handled.</summary>
[Description("列管事項：案由、主辦單位、辦理情形、決定")]
public sealed record FollowUpItem
{
    /// <summary>The matter followed up.</summary>
    [Role(TextRole.Numbered)]
    [ScalarForm]
    [Description("列管事項")]
    public required string Subject { get; init; }

    /// <summary>The unit in charge (主辦單位).</summary>
    [Role(TextRole.Name)]
    [Description("主辦單位")]
    public string? Unit { get; init; }

    /// <summary>What has been done (辦理情形).</summary>
    [Role(TextRole.Text)]
    [Description("辦理情形")]
    public string? Status { get; init; }

    /// <summary>The decision on it (決定), such as 解除列管.</summary>
    [Role(TextRole.Decision)]
    [Description("決定，例如：解除列管")]
    public string? Decision { get; init; }
}
