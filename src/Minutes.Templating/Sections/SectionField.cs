namespace Minutes.Templating.Sections;

/// <summary>One input of an insertable section, derived from the meeting model.</summary>
/// <param name="Id">
/// The key of the value in a render request: <c>number</c> for the section's position, otherwise the
/// data path of the model property inside the section, as a meeting file writes it, such as
/// <c>subject</c>, <c>proposer</c> or <c>votes.for</c>.
/// </param>
/// <param name="Label">The label shown to the clerk, in Traditional Chinese, from the model's description, such as 案由.</param>
/// <param name="Kind">The kind of input.</param>
/// <param name="Required">Whether the section cannot be rendered without a value.</param>
/// <param name="Hint">An example or short help text for the clerk, in Traditional Chinese; empty when there is none.</param>
public sealed record SectionField(string Id, string Label, SectionFieldKind Kind, bool Required, string Hint)
{
    /// <summary>The smallest accepted value of a <see cref="SectionFieldKind.Number"/> field.</summary>
    public int? Minimum { get; init; }

    /// <summary>The largest accepted value of a <see cref="SectionFieldKind.Number"/> field.</summary>
    public int? Maximum { get; init; }

    /// <summary>True when the value is a list in the model, so each line is one item.</summary>
    internal bool IsList { get; init; }

    /// <summary>True when the form, not the model, requires the value (the position; 散會's time).</summary>
    internal bool RequiredByForm { get; init; }

    /// <summary>True when the value is read as a number, date or time rather than as text.</summary>
    internal bool IsParsed => Kind is SectionFieldKind.Number or SectionFieldKind.Date or SectionFieldKind.Time;
}
