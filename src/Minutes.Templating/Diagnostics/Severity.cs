namespace Minutes.Templating.Diagnostics;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the document is still correct.</summary>
    Info,

    /// <summary>Probably wrong; the document can still be produced.</summary>
    Warning,

    /// <summary>Wrong; the document must not be produced as it stands.</summary>
    Error,
}
