namespace Minutes.Templating.Sections;

/// <summary>The kind of input a section field takes; the task pane picks its form control from it.</summary>
public enum SectionFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text; each line becomes its own paragraph or outline item.</summary>
    Multiline,

    /// <summary>A person written as 「全名 職稱」 (full name, a space, then the title), such as 「賴錫祿 秘書長」.</summary>
    Person,

    /// <summary>A clock time written <c>HH:mm</c> (24-hour), such as <c>14:30</c>.</summary>
    Time,

    /// <summary>A date and time written <c>yyyy-MM-ddTHH:mm</c> (Gregorian), such as <c>2017-07-18T13:30</c>.</summary>
    DateTime,

    /// <summary>A whole number from 1 to 99, such as the index that makes 案由三.</summary>
    Number,
}
