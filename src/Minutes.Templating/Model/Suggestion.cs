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

    /// <summary>The reporting unit's response (回應): plain text (one point) or an outline.</summary>
    [Role(TextRole.Text)]
    [Description("回應：一段文字或條列項目")]
    public ValueList<OutlineItem> Response { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The chair's ruling on this suggestion (主席裁示): plain text (one point) or an outline.</summary>
    [Role(TextRole.Text)]
    [Description("主席裁示：一段文字或條列項目")]
    public ValueList<OutlineItem> Ruling { get; init; } = ValueList<OutlineItem>.Empty;
}
