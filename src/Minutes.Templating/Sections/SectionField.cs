namespace Minutes.Templating.Sections;

/// <summary>One input of an insertable section.</summary>
/// <param name="Id">The key of the value in a render request, camelCase, such as <c>subject</c>.</param>
/// <param name="Label">The label shown to the clerk, in Traditional Chinese, such as 案由.</param>
/// <param name="Kind">The kind of input.</param>
/// <param name="Required">Whether the section cannot be rendered without a value.</param>
/// <param name="Hint">An example or short help text for the clerk, in Traditional Chinese.</param>
public sealed record SectionField(string Id, string Label, SectionFieldKind Kind, bool Required, string Hint)
{
    /// <summary>The smallest accepted value of a <see cref="SectionFieldKind.Number"/> field.</summary>
    public int? Minimum { get; init; }

    /// <summary>The largest accepted value of a <see cref="SectionFieldKind.Number"/> field.</summary>
    public int? Maximum { get; init; }
}
