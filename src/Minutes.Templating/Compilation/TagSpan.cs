namespace Minutes.Templating.Compilation;

/// <summary>A tag found in a paragraph's text: its start and length, braces included.</summary>
/// <param name="Start">The zero-based offset of <c>{{</c>.</param>
/// <param name="Length">The length up to and including <c>}}</c>.</param>
internal readonly record struct TagSpan(int Start, int Length)
{
    /// <summary>The offset just past <c>}}</c>.</summary>
    public int End => Start + Length;
}
