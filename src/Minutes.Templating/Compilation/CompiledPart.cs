using Scriban;

namespace Minutes.Templating.Compilation;

/// <summary>A part ready to render: its zip entry, label, parsed Scriban template and source map.</summary>
/// <param name="EntryName">The zip entry name, such as <c>word/document.xml</c>.</param>
/// <param name="Label">The label in messages: body, header1 …</param>
/// <param name="Template">The parsed template; reusable by concurrent renders.</param>
/// <param name="Map">Offsets of tags in the template text.</param>
/// <param name="WordPrefix">The prefix of the WordprocessingML namespace in the part, with its colon.</param>
internal sealed record CompiledPart(string EntryName, string Label, Template Template, SourceMap Map, string WordPrefix);
