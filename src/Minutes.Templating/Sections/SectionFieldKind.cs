namespace Minutes.Templating.Sections;

/// <summary>The kind of input a section field takes; the task pane picks its form control from it.</summary>
public enum SectionFieldKind
{
    /// <summary>One line of text: a name, a title or a unit.</summary>
    Text,

    /// <summary>
    /// Several lines of text. For a list in the model (說明, 辦法, 出席) each non-blank line is one
    /// item; for a single text the lines stay one text.
    /// </summary>
    Multiline,

    /// <summary>A date, written as a meeting file writes it: 106年7月18日, 106-07-18 or 2017-07-18.</summary>
    Date,

    /// <summary>A clock time, written as a meeting file writes it: 14:30 or 下午2時30分.</summary>
    Time,

    /// <summary>A whole number, such as the position that makes 案由三.</summary>
    Number,
}
