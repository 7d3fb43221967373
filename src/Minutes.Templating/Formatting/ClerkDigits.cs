using System.Globalization;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Numbers as clerks type them. A Chinese input method types full-width digits (１１５年１月１４日)
/// and full-width separators (１４：３０, １１５／１／１４); they are read like the ASCII ones.
/// Readers match digits with <c>[0-9]</c> after <see cref="Normalize"/>, never with <c>\d</c>, which
/// also matches other scripts' digits that <see cref="int.Parse(string)"/> refuses.
/// </summary>
internal static class ClerkDigits
{
    /// <summary>
    /// The text with full-width digits ０-９ and the full-width ：／．－ replaced by their ASCII
    /// forms, one character for one, so positions in the result are positions in the text.
    /// </summary>
    public static string Normalize(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ascii = Ascii(text[i]);
            if (ascii != text[i])
            {
                chars ??= text.ToCharArray();
                chars[i] = ascii;
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Reads a whole number of ASCII or full-width digits; false (never an exception) for
    /// anything else, including a number too large for <see cref="int"/>.
    /// </summary>
    public static bool TryParse(string text, out int value) =>
        int.TryParse(Normalize(text), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static char Ascii(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '：' => ':',
        '／' => '/',
        '．' => '.',
        '－' => '-',
        _ => c,
    };
}
