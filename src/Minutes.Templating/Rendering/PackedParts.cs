using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The parts no render changes, compressed once per compression level and shared by all renders:
/// as in the template, as replaced when data is embedded, and the data part's own.
/// </summary>
internal sealed record PackedParts(
    IReadOnlyDictionary<string, CompressedEntry> Unchanged,
    IReadOnlyDictionary<string, CompressedEntry> WithData,
    CompressedEntry Properties,
    CompressedEntry ItemRelationships)
{
    /// <summary>Compresses the unchanged parts of <paramref name="template"/> at <paramref name="compression"/>.</summary>
    public static PackedParts Create(CompiledTemplate template, CompressionLevel compression)
    {
        var slot = template.DataSlot;
        var unchanged = template.Entries.Where(e => !template.Parts.ContainsKey(e.Name))
            .ToDictionary(e => e.Name, e => CompressedEntry.Create(e.Name, e.Data, compression), StringComparer.Ordinal);
        var withData = slot.ReplacedEntries.ToDictionary(r => r.Key, r => CompressedEntry.Create(r.Key, r.Value, compression), StringComparer.Ordinal);
        return new PackedParts(
            unchanged,
            withData,
            CompressedEntry.Create(slot.PropertiesName, EmbeddedDataSlot.BuildProperties(), compression),
            CompressedEntry.Create(slot.ItemRelationshipsName, slot.BuildItemRelationships(), compression));
    }
}
