namespace Minutes.Templating.Conventions;

/// <summary>
/// The few characters a finding quotes: the offending ones with a little context, so that a
/// clerk finds them in a long paragraph without the message repeating the whole field.
/// </summary>
internal static class Excerpt
{
    /// <summary>Characters of context kept on each side.</summary>
    public const int Context = 4;

    /// <summary>The characters from <paramref name="index"/> on, with context, cut ends marked ….</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="index">Where the offending characters start.</param>
    /// <param name="length">How many characters offend (at least one is shown).</param>
    /// <returns>Such as <c>…於2017年起實施</c>.</returns>
    public static string Around(string text, int index, int length)
    {
        var start = System.Math.Max(0, index - Context);
        var end = System.Math.Min(text.Length, index + System.Math.Max(length, 1) + Context);
        return new System.Text.StringBuilder()
            .Append(start > 0 ? "…" : "")
            .Append(text, start, end - start)
            .Append(end < text.Length ? "…" : "")
            .ToString();
    }
}
