namespace Minutes.Templating.Compilation;

/// <summary>Where a tag stands in the template: part, 1-based paragraph, 1-based column and its text.</summary>
/// <param name="Part">The part label: body, header1, footer2, footnotes, endnotes.</param>
/// <param name="Paragraph">The 1-based paragraph number within the part, in document order.</param>
/// <param name="Column">The 1-based column in the paragraph's text.</param>
/// <param name="TagText">The tag as written, such as <c>{{ meeting.location }}</c>.</param>
internal sealed record TagLocation(string Part, int Paragraph, int Column, string TagText);
