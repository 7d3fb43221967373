namespace Minutes.Templating.Packaging;

/// <summary>What text an XML part can hold.</summary>
internal static class XmlCharacters
{
    /// <summary>
    /// The position of the first character XML 1.0 cannot hold (C0 controls other than tab and
    /// line breaks, U+FFFE, U+FFFF, an unpaired surrogate), or -1 when there is none.
    /// </summary>
    public static int IndexOfUnstorable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsStorable(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether XML 1.0 can hold <paramref name="c"/> on its own: tab, line breaks and the
    /// characters from U+0020 to U+FFFD except surrogates (a surrogate is storable only as
    /// half of a pair, which the caller checks).
    /// </summary>
    public static bool IsStorable(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
