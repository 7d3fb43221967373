namespace Minutes.Templating.Model;

/// <summary>A free section with its own heading, such as 專題報告.</summary>
[SectionKind("text")]
public sealed record TextSection : OutlineSection
{
    /// <inheritdoc />
    public override string Kind => "text";

    /// <inheritdoc />
    public override string DefaultTitle => "其他事項";
}
