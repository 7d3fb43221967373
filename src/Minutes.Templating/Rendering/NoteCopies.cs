using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Adds to the note parts the copies that repeated references point to. Word does the same when
/// text with a footnote or a comment is copied: the pasted text gets its own note or comment, with
/// a new id, so each reference has exactly one note and each comment one range. The copies of a
/// comment also get their entries in commentsExtended, commentsIds and commentsExtensible, keyed by
/// their fresh paragraph and durable ids.
/// </summary>
internal static class NoteCopies
{
    private static readonly XName Id = OpenXmlNames.W + "id";
    private static readonly XName ParaId = (XNamespace)"http://schemas.microsoft.com/office/word/2010/wordml" + "paraId";

    /// <summary>
    /// Inserts, after each footnote, endnote or comment that was copied, its copies under their new
    /// ids. Returns each original with its copies, to be read again once <see cref="OutputStructure"/>
    /// has given the copies' paragraphs fresh ids.
    /// </summary>
    /// <param name="part">The rendered footnotes, endnotes or comments part.</param>
    /// <param name="kind">Which of them.</param>
    /// <param name="ids">The render's ids, holding the copies its references asked for.</param>
    public static List<(XElement Original, XElement Copy)> AddNotes(XDocument part, NoteKind kind, OutputIds ids)
    {
        var added = new List<(XElement Original, XElement Copy)>();
        var root = part.Root;
        if (root is null)
        {
            return added;
        }

        var notes = root.Elements().Where(e => e.Attribute(Id) is not null).GroupBy(e => (string)e.Attribute(Id)!).ToDictionary(g => g.Key, g => g.First());
        var lastOf = new Dictionary<string, XElement>();
        foreach (var (original, copyId) in ids.CopiesOf(kind))
        {
            if (!notes.TryGetValue(original, out var note))
            {
                continue;
            }

            var copy = new XElement(note);
            copy.SetAttributeValue(Id, copyId);
            (lastOf.TryGetValue(original, out var after) ? after : note).AddAfterSelf(copy);
            lastOf[original] = copy;
            added.Add((note, copy));
        }

        return added;
    }

    /// <summary>Records, for each copied comment, the paragraph id of its last paragraph next to the original's, read from the part after the structural pass gave the copies fresh ones.</summary>
    /// <param name="part">The comments part after the structural pass.</param>
    /// <param name="comments">The originals and copies <see cref="AddNotes"/> returned.</param>
    /// <param name="ids">The render's ids.</param>
    public static void RecordCommentParagraphs(XDocument part, IEnumerable<(XElement Original, XElement Copy)> comments, OutputIds ids)
    {
        var byId = part.Root?.Elements().Where(e => e.Attribute(Id) is not null).GroupBy(e => (string)e.Attribute(Id)!).ToDictionary(g => g.Key, g => g.First())
            ?? [];
        foreach (var (original, copy) in comments)
        {
            var originalId = LastParagraphId(byId, (string?)original.Attribute(Id));
            var copyId = LastParagraphId(byId, (string?)copy.Attribute(Id));
            if (originalId is not null && copyId is not null)
            {
                ids.RecordCopy(NoteKind.CommentsExtended, originalId, copyId);
            }
        }
    }

    private static string? LastParagraphId(Dictionary<string, XElement> comments, string? id) =>
        id is not null && comments.TryGetValue(id, out var comment) ? (string?)comment.Descendants(OpenXmlNames.P).LastOrDefault()?.Attribute(ParaId) : null;

    /// <summary>
    /// Copies the commentsExtended, commentsIds or commentsExtensible entries of copied comments:
    /// entries keyed by a paragraph id follow the paragraph copies, and a copied commentsIds entry
    /// gets a fresh durable id, which commentsExtensible then follows.
    /// </summary>
    public static void AddEntries(XDocument part, NoteKind kind, OutputIds ids)
    {
        var root = part.Root;
        if (root is null)
        {
            return;
        }

        var (key, copies) = kind == NoteKind.CommentsExtensible
            ? ("durableId", ids.CopiesOf(NoteKind.CommentsIds))
            : ("paraId", ids.CopiesOf(NoteKind.CommentsExtended));
        var entries = root.Elements().Select(e => (Entry: e, Key: e.Attributes().FirstOrDefault(a => a.Name.LocalName == key)))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!.Value)
            .ToDictionary(g => g.Key, g => g.First().Entry);
        foreach (var (original, copyKey) in copies)
        {
            if (!entries.TryGetValue(original, out var entry))
            {
                continue;
            }

            var copy = new XElement(entry);
            copy.Attributes().First(a => a.Name.LocalName == key).Value = copyKey;
            if (kind == NoteKind.CommentsIds && copy.Attributes().FirstOrDefault(a => a.Name.LocalName == "durableId") is { } durable)
            {
                var fresh = ids.FreshNoteId(NoteKind.CommentsIds).ToString("X8", CultureInfo.InvariantCulture);
                ids.RecordCopy(NoteKind.CommentsIds, durable.Value, fresh);
                durable.Value = fresh;
            }

            root.Add(copy);
        }
    }
}
