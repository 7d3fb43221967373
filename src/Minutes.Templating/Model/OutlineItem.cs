using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// A paragraph of an outline with its sub-items, numbered by the template by depth
/// (一、 → （一） → 1、 → （1）).
/// </summary>
[Description("條列項目：文字及下一層項目")]
public sealed record OutlineItem
{
    /// <summary>The text of the item, without its number.</summary>
    [Role(TextRole.Numbered)]
    [ScalarForm]
    [Description("項目文字（不含編號）")]
    public required string Text { get; init; }

    /// <summary>Sub-items, one level deeper.</summary>
    [Description("下一層項目")]
    public ValueList<OutlineItem> Items { get; init; } = ValueList<OutlineItem>.Empty;
}
