namespace Minutes.Templating.Formatting;

/// <summary>How the hour from 12:00 to 12:59 is written.</summary>
public enum NoonStyle
{
    /// <summary>中午12時, 中午12時30分: unambiguous, the default.</summary>
    Noon,

    /// <summary>下午12時, 下午12時30分, as some agencies write it.</summary>
    Afternoon,
}
