namespace Minutes.Templating.Diagnostics;

/// <summary>An unambiguous repair: the text value at <see cref="Path"/> becomes <see cref="Replacement"/>.</summary>
/// <param name="Path">The data path of the text value, such as <c>sections[1].items[0].decision</c>.</param>
/// <param name="Replacement">The whole new value of that text.</param>
public sealed record Fix(string Path, string Replacement);
