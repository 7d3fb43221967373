using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>
/// A table inside a body text, such as 公民或團體陳情意見綜理表 or 變更內容對照表. The header row
/// is repeated on every page; a row is not split across pages unless it is taller than a page;
/// column widths follow the texts (the longest line of each column).
/// </summary>
[Description("表格：表名、欄位標題、各列內容")]
public sealed record Table
{
    /// <summary>The table's title, written centred above it; none when absent.</summary>
    [Role(TextRole.Text)]
    [Description("表名，置於表格上方，例如：公民或團體所提意見綜理表")]
    public string? Title { get; init; }

    /// <summary>The column headings (the header row).</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("欄位標題（表頭列，跨頁時重複）")]
    public ValueList<string> Columns { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The rows, each a list of cell texts in column order; a line break in a cell starts a new
    /// paragraph in that cell. A row shorter than the header leaves its last cells empty.
    /// </summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("各列內容，每列為依欄位順序之儲存格文字；換行即另起一段")]
    public ValueList<ValueList<string>> Rows { get; init; } = ValueList<ValueList<string>>.Empty;
}
