using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>Reports (報告事項, 各局處業務報告), each closed by a decision (決定).</summary>
[SectionKind("reports")]
public sealed record ReportsSection : Section
{
    /// <summary>Text written before the reports.</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("前言文字")]
    public string? Intro { get; init; }

    /// <summary>The reports, in order.</summary>
    [Description("報告案")]
    public ValueList<Report> Items { get; init; } = ValueList<Report>.Empty;

    /// <summary>The agency's words for the item headings and field labels.</summary>
    [Description("議案標號與欄位標示")]
    public AgendaLabels Labels { get; init; } = new();

    /// <inheritdoc />
    public override string Kind => "reports";

    /// <inheritdoc />
    public override string DefaultTitle => "報告事項";

    /// <inheritdoc />
    public override bool IsEmpty => string.IsNullOrEmpty(Intro) && Items.Count == 0;
}
