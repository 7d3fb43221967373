using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Packaging;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>
/// A template as compilation leaves it, immutable and shared by every render, also concurrent
/// ones: the package entries, the parts that hold tags, their literal text, the numbering definitions, where
/// embedded data goes, the options and the include loader.
/// </summary>
internal sealed class CompiledTemplate
{
    public CompiledTemplate(
        string name,
        IReadOnlyList<PackageEntry> entries,
        IReadOnlyDictionary<string, CompiledPart> parts,
        LiteralTexts texts,
        NumberingDefinitions? numbering,
        EmbeddedDataSlot dataSlot,
        TemplateOptions options,
        ITemplateLoader? includeLoader)
    {
        Name = name;
        Entries = entries;
        Parts = parts;
        Texts = texts;
        Numbering = numbering;
        DataSlot = dataSlot;
        Options = options;
        IncludeLoader = includeLoader;
        PartLabels = entries.Where(e => parts.ContainsKey(e.Name)).Select(e => parts[e.Name].Label).ToList();
    }

    /// <summary>The template's name as given when compiling, used in every message.</summary>
    public string Name { get; }

    /// <summary>Every entry of the template package, in package order.</summary>
    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>The parts that can hold tags, by zip entry name.</summary>
    public IReadOnlyDictionary<string, CompiledPart> Parts { get; }

    /// <summary>The literal text of every part, which their code refers to by markers.</summary>
    public LiteralTexts Texts { get; }

    /// <summary>The labels of the parts that can hold tags, in package order: body, header1, footer1, footnotes …</summary>
    public IReadOnlyList<string> PartLabels { get; }

    /// <summary>The list definitions <c>restart_numbering</c> copies from; null when no tag restarts numbering.</summary>
    public NumberingDefinitions? Numbering { get; }

    /// <summary>Where a render stores embedded data.</summary>
    public EmbeddedDataSlot DataSlot { get; }

    /// <summary>The options compiled with; their limits apply to every render.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Where <c>{{ include "name" }}</c> reads from; null when includes are an error.</summary>
    public ITemplateLoader? IncludeLoader { get; }
}
