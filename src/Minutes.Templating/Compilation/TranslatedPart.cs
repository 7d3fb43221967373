using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Compilation;

/// <summary>A part turned into Scriban text, with its source map and the problems found.</summary>
/// <param name="Code">The Scriban template text: the part's XML with tags as code.</param>
/// <param name="Map">Offsets of tags in <paramref name="Code"/>.</param>
/// <param name="Diagnostics">Structure problems found while translating.</param>
/// <param name="TagCount">How many tags the part holds.</param>
internal sealed record TranslatedPart(string Code, SourceMap Map, IReadOnlyList<Diagnostic> Diagnostics, int TagCount);
