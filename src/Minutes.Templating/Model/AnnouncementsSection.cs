namespace Minutes.Templating.Model;

/// <summary>Announcements to the units (業務宣達).</summary>
[SectionKind("announcements")]
public sealed record AnnouncementsSection : OutlineSection
{
    /// <inheritdoc />
    public override string Kind => "announcements";

    /// <inheritdoc />
    public override string DefaultTitle => "業務宣達";
}
