using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// One row of the follow-up table (上次會議決議（定）事項辦理情形): 編號, 案由, 決議（定）, 主辦單位,
/// 辦理情形 and 列管建議, and this meeting's decision (決定) on it.
/// </summary>
[Description("列管事項：案由、決議（定）、主辦單位、辦理情形、列管建議")]
public sealed record FollowUpItem
{
    /// <summary>The number (編號) when the agency keeps its own, such as 113-2-1; when absent the table numbers rows 1, 2, 3.</summary>
    [Role(TextRole.Name)]
    [Description("編號；未填時依序編為 1、2、3")]
    public string? Number { get; init; }

    /// <summary>The matter followed up (案由).</summary>
    [MultiLine]
    [Role(TextRole.Numbered)]
    [ScalarForm]
    [Description("案由")]
    public required string Subject { get; init; }

    /// <summary>The earlier meeting's resolution or decision on it (決議（定）).</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("上次會議之決議（定）")]
    public string? Resolution { get; init; }

    /// <summary>The unit in charge (主辦單位).</summary>
    [Role(TextRole.Name)]
    [Description("主辦單位")]
    public string? Unit { get; init; }

    /// <summary>What has been done (辦理情形).</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("辦理情形")]
    public string? Status { get; init; }

    /// <summary>The suggested tracking (列管建議): 解除列管, 繼續列管 or 自行列管.</summary>
    [Role(TextRole.Name)]
    [Description("列管建議：解除列管、繼續列管或自行列管")]
    public string? Tracking { get; init; }

    /// <summary>This meeting's decision on it (決定), such as 同意解除列管。</summary>
    [MultiLine]
    [Role(TextRole.Decision)]
    [Description("本次會議之決定，例如：同意解除列管。")]
    public string? Decision { get; init; }
}
