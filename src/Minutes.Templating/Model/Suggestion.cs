using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>A member's suggestion on a report, with the answer and the chair's ruling on it.</summary>
[Description("委員建議事項，及其回應與主席裁示")]
public sealed record Suggestion
{
    /// <summary>The suggestion as recorded.</summary>
    [Role(TextRole.Numbered)]
    [ScalarForm]
    [Description("建議內容")]
    public required string Text { get; init; }

    /// <summary>The member who made it.</summary>
    [Description("建議人")]
    public Person? By { get; init; }

    /// <summary>The reporting unit's response (回應).</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("回應")]
    public string? Response { get; init; }

    /// <summary>The chair's ruling on this suggestion (主席裁示).</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("主席裁示")]
    public string? Ruling { get; init; }
}
