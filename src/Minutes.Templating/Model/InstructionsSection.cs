namespace Minutes.Templating.Model;

/// <summary>The chair's instructions to the meeting as a whole (主席裁示).</summary>
[SectionKind("instructions")]
public sealed record InstructionsSection : OutlineSection
{
    /// <inheritdoc />
    public override string Kind => "instructions";

    /// <inheritdoc />
    public override string DefaultTitle => "主席裁示";
}
