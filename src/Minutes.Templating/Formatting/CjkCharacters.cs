namespace Minutes.Templating.Formatting;

/// <summary>Which characters are Chinese text, for deciding the width of punctuation around them.</summary>
internal static class CjkCharacters
{
    /// <summary>True for a Han ideograph (CJK unified, extension A, compatibility, and the supplementary planes).</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>
    /// True when the character makes its surroundings Chinese text: a Han ideograph (or half of
    /// a supplementary one), CJK punctuation such as 、。「」, or a full-width form such as ，（）.
    /// </summary>
    public static bool IsChinese(char character) =>
        IsHan(character) || char.IsSurrogate(character) || character is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');
}
