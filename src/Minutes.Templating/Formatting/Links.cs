using System.Text.RegularExpressions;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Finds web addresses and e-mail addresses in text, which punctuation and other text fixes must
/// leave untouched. A scheme written with a full-width colon (http：//, a common slip) counts.
/// </summary>
internal static class Links
{
    private const string UrlCharacters = @"[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]";

    /// <summary>
    /// An e-mail address's local part starts only where a run of its characters starts (the
    /// look-behind) and is taken whole (the atomic group, '@' being outside it): a long run with
    /// no '@' is scanned once, not once from each of its characters, so matching stays linear.
    /// </summary>
    private static readonly Regex Pattern = new(
        $@"(?:(?:https?|ftp)[:：]//|www\.){UrlCharacters}+|(?<![A-Za-z0-9._%+\-])(?>[A-Za-z0-9._%+\-]+)@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Marks, for each character of the text, whether it belongs to a link.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An array as long as the text; true inside a link.</returns>
    public static bool[] Mask(string text)
    {
        var mask = new bool[text.Length];
        if (text.IndexOf('@') < 0 && text.IndexOf("//", System.StringComparison.Ordinal) < 0 && text.IndexOf("www.", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            // Every link holds one of these. Scanning for them is vectorised; the pattern, tried
            // at each letter or digit, cost 35-80 ms of CPU on a 100,000-character place (lint-x-100000).
            return mask;
        }

        foreach (Match match in Pattern.Matches(text))
        {
            // Punctuation that ends a sentence is not part of the address before it.
            var length = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'').Length;
            for (var index = match.Index; index < match.Index + length; index++)
            {
                mask[index] = true;
            }
        }

        return mask;
    }
}
