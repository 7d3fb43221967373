using System.Globalization;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Bounds that keep a hostile or broken input from exhausting memory or the stack.</summary>
public sealed record InputLimits
{
    /// <summary>The default limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (default 16 MiB).</summary>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists accepted (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The most values (texts, numbers, mappings and lists; each key's value counts once) one input
    /// may hold (default 100,000): a 16 MiB file of short values would otherwise become millions of
    /// nodes, each checked and reported, taking more memory and time than any real meeting needs.
    /// The render's loop limit is of the same size.
    /// </summary>
    public int MaxValues { get; init; } = 100_000;

    /// <summary>The finding of an input holding more than <see cref="MaxValues"/> values, at the first value over the limit.</summary>
    internal Diagnostic TooManyValues(SourceLocation location) => Diagnostic.Of(
        DiagnosticRules.InputTooLarge,
        "",
        $"資料項目超過上限 {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} 個（從這裡起超過）；會議資料不需要這麼多項目，請檢查檔案",
        $"the input holds more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values (the limit is passed here); no meeting needs so many: check the file",
        location);
}
