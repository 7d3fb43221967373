namespace Minutes.Templating.Sections;

/// <summary>The kind of input a section field takes; the task pane picks its form control from it.</summary>
public enum SectionFieldKind
{
    /// <summary>One line of text: a name, a title or a unit.</summary>
    Text,

    /// <summary>
    /// Several lines of text. For a list in the model (說明, 決議, 出席) each non-blank line is one
    /// item, as a meeting file's list: one line is plain text, several are numbered 一、二、 by the
    /// template. For a single text the lines stay one text, each line a paragraph.
    /// </summary>
    Multiline,

    /// <summary>
    /// A person in one line, as a meeting file may write one: 「賴錫祿 秘書長」 or 「陳建宏鄉長」
    /// (full name, then the title), read by the meeting reader's rule for written people.
    /// </summary>
    Person,

    /// <summary>A clock time, written as a meeting file writes it: 14:30 or 下午2時30分.</summary>
    Time,

    /// <summary>A date, written as a meeting file writes it: 115年3月5日, 115-03-05 or 2026-03-05.</summary>
    Date,

    /// <summary>A whole number, such as the position that makes 案由三.</summary>
    Number,
}
