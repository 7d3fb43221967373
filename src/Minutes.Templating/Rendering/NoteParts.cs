using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The parts that hold what footnote, endnote and comment references point to, found once per
/// template through its content types. A render writes them after every other part, so that the
/// notes and comments a repeated block copied can be added to them.
/// </summary>
internal sealed class NoteParts
{
    /// <summary>Content type suffixes of the note parts, in the order they are written: a part's copies are known before the next one needs them.</summary>
    private static readonly (string Suffix, NoteKind Kind)[] Types =
    [
        ("wordprocessingml.footnotes+xml", NoteKind.Footnote),
        ("wordprocessingml.endnotes+xml", NoteKind.Endnote),
        ("wordprocessingml.comments+xml", NoteKind.Comment),
        (".commentsExtended+xml", NoteKind.CommentsExtended),
        (".commentsIds+xml", NoteKind.CommentsIds),
        (".commentsExtensible+xml", NoteKind.CommentsExtensible),
    ];

    private NoteParts(IReadOnlyList<(string EntryName, NoteKind Kind)> parts, IReadOnlyDictionary<NoteKind, long> maxIds)
    {
        Parts = parts;
        MaxIds = maxIds;
    }

    /// <summary>The note parts of the template, in the order a render writes them.</summary>
    public IReadOnlyList<(string EntryName, NoteKind Kind)> Parts { get; }

    /// <summary>The largest id each kind uses in the template (<c>w:id</c> of notes and comments, <c>w16cid:durableId</c>).</summary>
    public IReadOnlyDictionary<NoteKind, long> MaxIds { get; }

    /// <summary>True when <paramref name="entryName"/> is a note part.</summary>
    public bool Contains(string entryName) => Parts.Any(p => p.EntryName == entryName);

    /// <summary>Finds the note parts of <paramref name="template"/>; its XML was checked when it was compiled.</summary>
    public static NoteParts Find(CompiledTemplate template)
    {
        var byName = template.Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var contentTypes = SafeXml.Load(byName["[Content_Types].xml"].Data, template.Name, "[Content_Types].xml");
        var found = new List<(string EntryName, NoteKind Kind)>();
        var maxIds = new Dictionary<NoteKind, long>();
        foreach (var (suffix, kind) in Types)
        {
            foreach (var item in contentTypes.Root!.Elements(OpenXmlNames.ContentTypesNs + "Override"))
            {
                var name = ((string?)item.Attribute("PartName") ?? "").TrimStart('/');
                if (((string?)item.Attribute("ContentType") ?? "").EndsWith(suffix, StringComparison.Ordinal) && byName.TryGetValue(name, out var entry))
                {
                    found.Add((name, kind));
                    var root = SafeXml.Load(entry.Data, template.Name, name).Root!;
                    var ids = kind == NoteKind.CommentsIds
                        ? root.Elements().Select(e => e.Attributes().FirstOrDefault(a => a.Name.LocalName == "durableId")?.Value).Select(ParseHex)
                        : root.Elements().Select(e => (string?)e.Attribute(OpenXmlNames.W + "id")).Select(ParseDecimal);
                    maxIds[kind] = Math.Max(maxIds.TryGetValue(kind, out var max) ? max : 0, ids.DefaultIfEmpty(0).Max());
                }
            }
        }

        return new NoteParts(found, maxIds);
    }

    private static long ParseDecimal(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    private static long ParseHex(string? value) =>
        long.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
}
