namespace Minutes.Templating.Sections;

/// <summary>
/// How a section's <c>number</c> field is written as a text label, so the task pane can find the
/// last label of that style in the document and suggest the next number.
/// </summary>
public enum SectionNumbering
{
    /// <summary>The section carries no number.</summary>
    None,

    /// <summary>Top-level headings 壹、貳、…拾、拾壹、.</summary>
    Heading,

    /// <summary>Outline items 一、二、.</summary>
    Outline,

    /// <summary>Second-level items （一）（二）.</summary>
    Parenthesized,

    /// <summary>Proposals 第一案、第二案, as the minutes template numbers them.</summary>
    Proposal,

    /// <summary>Extempore motions 案由一：、案由二：.</summary>
    Motion,
}
