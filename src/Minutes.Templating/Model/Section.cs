using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// One numbered section of the minutes (壹、貳、…). Which sections a meeting has, and in
/// which order, varies; the template numbers them from those present.
/// </summary>
[Description("議程段落；以 kind 指定種類")]
public abstract record Section
{
    /// <summary>The heading; when absent the kind's customary heading is used.</summary>
    [Role(TextRole.Numbered)]
    [Description("段落標題；未填時使用該種類之慣用標題")]
    public string? Title { get; init; }

    /// <summary>The <c>kind</c> value of this section in the input, such as <c>reports</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The customary heading of this kind, such as 報告事項.</summary>
    public abstract string DefaultTitle { get; }

    /// <summary>The heading to write: <see cref="Title"/> or, when absent, <see cref="DefaultTitle"/>.</summary>
    public string Heading => string.IsNullOrEmpty(Title) ? DefaultTitle : Title!;

    /// <summary>True when the section records nothing, so a template may write 無。</summary>
    public abstract bool IsEmpty { get; }
}
