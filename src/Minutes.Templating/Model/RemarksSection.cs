namespace Minutes.Templating.Model;

/// <summary>The chair's opening remarks (主席致詞).</summary>
[SectionKind("remarks")]
public sealed record RemarksSection : OutlineSection
{
    /// <inheritdoc />
    public override string Kind => "remarks";

    /// <inheritdoc />
    public override string DefaultTitle => "主席致詞";
}
