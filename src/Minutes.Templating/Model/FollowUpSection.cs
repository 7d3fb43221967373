using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>Confirmation of the previous minutes and the items followed up (列管事項).</summary>
[SectionKind("follow-up")]
public sealed record FollowUpSection : Section
{
    /// <summary>Text written right after the heading, such as 無提案討論及列管事項。</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("段落文字，例如：無提案討論及列管事項。")]
    public string? Text { get; init; }

    /// <summary>The items followed up.</summary>
    [Description("列管事項")]
    public ValueList<FollowUpItem> Items { get; init; } = ValueList<FollowUpItem>.Empty;

    /// <inheritdoc />
    public override string Kind => "follow-up";

    /// <inheritdoc />
    public override string DefaultTitle => "確認上次會議紀錄";

    /// <inheritdoc />
    public override bool IsEmpty => string.IsNullOrEmpty(Text) && Items.Count == 0;
}
