namespace Minutes.Templating.Formatting;

/// <summary>How the hour from 00:00 to 00:59 is written.</summary>
public enum MidnightStyle
{
    /// <summary>上午0時, 上午0時30分: the hour counted from 0 as in 「零時起」, the default.</summary>
    Morning,

    /// <summary>午夜12時, 午夜12時30分, as announcements sometimes write it.</summary>
    Midnight,
}
