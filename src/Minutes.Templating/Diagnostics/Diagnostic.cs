namespace Minutes.Templating.Diagnostics;

/// <summary>
/// One finding about an input, a template or a meeting: what rule, how serious, where (data
/// path and source location) and what to do, in Chinese for the clerk and English for the
/// developer.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>A stable rule identifier, such as <c>unknown-key</c> or <c>recorder-label</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The data path, such as <c>sections[1].items[0].decision</c>; empty for the whole input.</summary>
    public string Path { get; init; } = "";

    /// <summary>The place in the source file, when known.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The message in Traditional Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>The unambiguous repair, when there is one.</summary>
    public Fix? Fix { get; init; }

    /// <summary>A finding of <paramref name="rule"/>, with its severity, at a data path and, when known, a source location.</summary>
    internal static Diagnostic Of(DiagnosticRule rule, string path, string messageZh, string messageEn, SourceLocation? location = null) => new()
    {
        RuleId = rule.Id,
        Severity = rule.Severity,
        Path = path,
        Location = location,
        MessageZh = messageZh,
        MessageEn = messageEn,
    };

    /// <summary>
    /// Formats as <c>file:line:column: severity rule: 中文訊息 (English message)</c>, or with the
    /// data path in place of the location when the location is unknown.
    /// </summary>
    public override string ToString()
    {
        var where = Location?.ToString() ?? Path;
        var severity = Severity.ToString().ToLowerInvariant();
        var path = Location is not null && Path.Length > 0 ? $" [{Path}]" : "";
        return $"{where}: {severity} {RuleId}: {MessageZh} ({MessageEn}){path}";
    }
}
