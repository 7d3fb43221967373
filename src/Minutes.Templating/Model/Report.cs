using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// One report: an agency's report (業務報告) with members' suggestions, or a report put as a
/// case (案由, 說明), closed by the decision (決定).
/// </summary>
[Description("報告案：報告單位、案由、說明、內容、委員建議與決定")]
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

    /// <summary>The subject (案由), when the report is put as a case.</summary>
    [Role(TextRole.Text)]
    [Description("案由（以案由、說明、決定方式報告時）")]
    public string? Subject { get; init; }

    /// <summary>The explanation (說明), when the report is put as a case.</summary>
    [Description("說明")]
    public ValueList<OutlineItem> Explanation { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The substance of the report, if recorded.</summary>
    [Description("報告內容")]
    public ValueList<OutlineItem> Content { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>Members' suggestions, in the order made.</summary>
    [Description("委員建議事項")]
    public ValueList<Suggestion> Suggestions { get; init; } = ValueList<Suggestion>.Empty;

    /// <summary>The decision (決定), such as 准予備查。: plain text (one point) or an outline.</summary>
    [Role(TextRole.Decision)]
    [Description("決定，例如：准予備查。；一段文字或條列項目")]
    public ValueList<OutlineItem> Decision { get; init; } = ValueList<OutlineItem>.Empty;
}
