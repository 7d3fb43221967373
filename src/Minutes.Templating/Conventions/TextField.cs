using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>One text value of a meeting with its data path and role, as a <see cref="ConventionRule"/> receives it.</summary>
/// <param name="Path">The data path, such as <c>sections[1].items[0].decision</c> (camelCase keys, zero-based indexes).</param>
/// <param name="Text">The text value; never empty.</param>
/// <param name="Role">What the text is, as its model property declares.</param>
public sealed record TextField(string Path, string Text, TextRole Role);
