using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// A point of an outline with its sub-items, numbered by the template by depth
/// (一、 → （一） → 1、 → （1）), the numbers restarting in each field. A body (說明, 決議 …) is a
/// list of points; a body of one point is plain text and is not numbered, and its sub-items
/// take the first level.
/// </summary>
[Description("條列項目：文字、表格及下一層項目；僅一項時為一般文字，不編號")]
public sealed record OutlineItem
{
    /// <summary>
    /// The text of the item, without its number. Each line break starts a new paragraph at the
    /// same level: the first line carries the number, the others are unnumbered continuation
    /// paragraphs.
    /// </summary>
    [MultiLine]
    [Role(TextRole.Numbered)]
    [ScalarForm]
    [Description("項目文字（不含編號）；換行即另起一段不編號之段落")]
    public required string Text { get; init; }

    /// <summary>A table written after the item's text and before its sub-items.</summary>
    [Description("表格，置於項目文字之後")]
    public Table? Table { get; init; }

    /// <summary>Sub-items, one level deeper.</summary>
    [Description("下一層項目")]
    public ValueList<OutlineItem> Items { get; init; } = ValueList<OutlineItem>.Empty;
}
