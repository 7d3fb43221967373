using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>Proposals for discussion (討論事項, 提案討論), each closed by a resolution (決議).</summary>
[SectionKind("proposals")]
public sealed record ProposalsSection : Section
{
    /// <summary>The proposals, in order.</summary>
    [Description("提案")]
    public ValueList<Proposal> Items { get; init; } = ValueList<Proposal>.Empty;

    /// <summary>The agency's words for the item headings and field labels.</summary>
    [Description("議案標號與欄位標示")]
    public AgendaLabels Labels { get; init; } = new();

    /// <inheritdoc />
    public override string Kind => "proposals";

    /// <inheritdoc />
    public override string DefaultTitle => "討論事項";

    /// <inheritdoc />
    public override bool IsEmpty => Items.Count == 0;
}
