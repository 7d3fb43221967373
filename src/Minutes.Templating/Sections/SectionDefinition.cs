using System.Collections.Generic;

namespace Minutes.Templating.Sections;

/// <summary>
/// An insertable section kind: the one definition the service returns and the task pane builds its
/// form from.
/// </summary>
/// <param name="Id">The stable identifier used in URLs, such as <c>motion</c>.</param>
/// <param name="Label">The name shown to the clerk, in Traditional Chinese, such as 臨時動議.</param>
/// <param name="Numbering">How the section's <c>number</c> field is written as a label.</param>
/// <param name="Fields">The inputs, in form order: <c>number</c> first when the kind is numbered.</param>
public sealed record SectionDefinition(
    string Id,
    string Label,
    SectionNumbering Numbering,
    IReadOnlyList<SectionField> Fields)
{
    /// <summary>Where the section sits in a meeting and how it is found in the rendered document.</summary>
    internal SectionSite Site { get; init; } = null!;
}
