using System;
using System.Globalization;
using Humanizer;

namespace Minutes.Cli;

/// <summary>
/// Durations, sizes and counts in the tool's bilingual messages, written by Humanizer: 「2 秒」
/// and "2 seconds", 「56.8 KB」, "3 documents". Chinese has no plural, so counts with units are
/// for the English half; the Chinese half writes its measure word (份、則、處) itself.
/// </summary>
internal static class Humanized
{
    /// <summary>The culture of the Chinese half of a message (Humanizer.Core.zh-Hant).</summary>
    public static CultureInfo Chinese { get; } = Culture("zh-Hant");

    /// <summary>The culture of the English half of a message.</summary>
    public static CultureInfo English { get; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// A duration in at most two units: 「450 毫秒」, 「2 秒」, 「1 分 5 秒」 /
    /// "450 milliseconds", "2 seconds", "1 minute, 5 seconds". From one second up it is rounded
    /// to whole seconds: a clerk reading a summary has no use for the milliseconds.
    /// </summary>
    public static string Duration(TimeSpan elapsed, CultureInfo culture)
    {
        var rounded = elapsed >= TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(Math.Round(elapsed.TotalSeconds)) : elapsed;
        return rounded.Humanize(
            precision: 2,
            culture: culture,
            minUnit: TimeUnit.Millisecond,
            collectionSeparator: IsChinese(culture) ? " " : ", ");
    }

    /// <summary>A size in bytes with the unit that fits, one decimal at most: 「10 MB」, 「56.8 KB」.</summary>
    public static string Size(long bytes, CultureInfo culture) => ByteSize.FromBytes(bytes).ToString("0.#", culture);

    /// <summary>An English count with its noun, singular or plural: "1 document", "3 documents".</summary>
    public static string Count(int count, string noun) => noun.ToQuantity(count);

    private static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>The culture, or the invariant one where the host has no culture data (invariant globalization).</summary>
    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
