using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>A free section with its own heading, such as 專題報告.</summary>
[SectionKind("text")]
public sealed record TextSection : OutlineSection
{
    /// <inheritdoc />
    public override string Kind => "text";

    /// <inheritdoc />
    public override string DefaultTitle => "其他事項";

    /// <summary>
    /// True for a line of the proceedings that is not a numbered section, such as 主席宣告開議
    /// between the facts and the agenda: the text is printed without label or heading.
    /// </summary>
    [Description("不列編號及標題，只寫文字之一行，例如：主席宣告開議")]
    public bool Untitled { get; init; }
}
