using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>One agency's report (業務報告) with members' suggestions and the chair's decision (決定).</summary>
[Description("報告案：報告單位、內容、委員建議與決定")]
public sealed record Report
{
    /// <summary>The reporting unit, such as 社會處.</summary>
    [Role(TextRole.Name)]
    [ScalarForm]
    [Description("報告單位，例如：社會處")]
    public string? Unit { get; init; }

    /// <summary>The heading; when absent the template writes the unit followed by 業務報告.</summary>
    [Role(TextRole.Numbered)]
    [Description("標題；未填時為「單位＋業務報告」")]
    public string? Title { get; init; }

    /// <summary>The substance of the report, if recorded.</summary>
    [Description("報告內容")]
    public ValueList<OutlineItem> Content { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>Members' suggestions, in the order made.</summary>
    [Description("委員建議事項")]
    public ValueList<Suggestion> Suggestions { get; init; } = ValueList<Suggestion>.Empty;

    /// <summary>The chair's decision (決定), such as 准予備查。</summary>
    [Role(TextRole.Decision)]
    [Description("決定，例如：准予備查。")]
    public string? Decision { get; init; }
}
