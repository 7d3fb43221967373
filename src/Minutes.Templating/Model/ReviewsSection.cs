using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// Cases for review (審查事項, 審議事項), as a planning commission or a review meeting
/// records them: each item has the shape of a proposal, and its closing field is the review's
/// conclusion (審查結論) rather than a resolution (決議).
/// </summary>
[SectionKind("reviews")]
public sealed record ReviewsSection : Section
{
    /// <summary>The cases, in order; each item's <see cref="Proposal.Resolution"/> is its 審查結論.</summary>
    [Description("審查案件；resolution 為審查結論")]
    public ValueList<Proposal> Items { get; init; } = ValueList<Proposal>.Empty;

    /// <summary>The agency's words for the item headings and field labels; the conclusion label defaults to 審查結論.</summary>
    [Description("議案標號與欄位標示；結論欄預設「審查結論」")]
    public AgendaLabels Labels { get; init; } = new();

    /// <inheritdoc />
    public override string Kind => "reviews";

    /// <inheritdoc />
    public override string DefaultTitle => "審查事項";

    /// <inheritdoc />
    public override bool IsEmpty => Items.Count == 0;
}
