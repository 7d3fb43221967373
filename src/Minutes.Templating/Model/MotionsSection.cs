using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>Extempore motions (臨時動議).</summary>
[SectionKind("motions")]
public sealed record MotionsSection : Section
{
    /// <summary>The motions, in order.</summary>
    [Description("臨時動議")]
    public ValueList<Motion> Items { get; init; } = ValueList<Motion>.Empty;

    /// <summary>The agency's words for the item headings and field labels.</summary>
    [Description("議案標號與欄位標示")]
    public AgendaLabels Labels { get; init; } = new();

    /// <inheritdoc />
    public override string Kind => "motions";

    /// <inheritdoc />
    public override string DefaultTitle => "臨時動議";

    /// <inheritdoc />
    public override bool IsEmpty => Items.Count == 0;
}
