namespace Minutes.Templating.Formatting;

/// <summary>Where the title goes when a person is named in the minutes.</summary>
public enum HonorificStyle
{
    /// <summary>Surname, title, given name: 賴秘書長錫祿, 曾委員文杞 (chair line, proposer).</summary>
    SurnameTitleGiven,

    /// <summary>Full name, then title: 黃淑鈴委員 (attribution after a suggestion).</summary>
    NameTitle,

    /// <summary>Title, then full name: 委員黃淑鈴.</summary>
    TitleName,
}
