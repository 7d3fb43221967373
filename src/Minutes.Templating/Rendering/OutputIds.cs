using System.Collections.Generic;
using System.Globalization;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The ids one render has handed out, across all its parts. The first element to use an id keeps
/// it; a copy made by a repeated block gets a fresh one, taken from a range templates do not use.
/// </summary>
internal sealed class OutputIds
{
    private readonly HashSet<long> _drawings = [];
    private readonly HashSet<long> _bookmarks = [];
    private readonly HashSet<string> _bookmarkNames = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _shapes = new(System.StringComparer.Ordinal);
    private readonly HashSet<long> _paragraphs = [];
    private readonly Dictionary<(string Mark, string Id), int> _noteMarks = [];
    private readonly Dictionary<(NoteKind Kind, string Id, int Occurrence), string> _noteCopyIds = [];
    private readonly Dictionary<NoteKind, long> _nextNote = [];
    private readonly Dictionary<NoteKind, List<(string Original, string Copy)>> _noteCopies = [];

    // The next suffix to try for a repeated name, so that its n-th copy does not try the n - 1 suffixes before it.
    private readonly Dictionary<string, int> _nextBookmarkSuffix = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _nextShapeSuffix = new(System.StringComparer.Ordinal);
    private long _nextDrawing = 0x40000000;
    private long _nextBookmark = 0x10000000;
    private long _nextParagraph = 0x60000000;

    /// <summary>The id for a drawing (<c>wp:docPr/@id</c>): the one it has when still free, else a fresh one.</summary>
    public long Drawing(long id) => Claim(_drawings, id, ref _nextDrawing);

    /// <summary>The id for a bookmark start: the one it has when still free, else a fresh one.</summary>
    public long Bookmark(long id) => Claim(_bookmarks, id, ref _nextBookmark);

    /// <summary>A 31-bit paragraph or text id (<c>w14:paraId</c>, <c>w14:textId</c>), in hex.</summary>
    public string Paragraph(string id)
    {
        var value = long.TryParse(id, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var claimed = Claim(_paragraphs, value, ref _nextParagraph);
        return claimed == value ? id : claimed.ToString("X8", CultureInfo.InvariantCulture);
    }

    /// <summary>A bookmark name not yet used (names are compared as Word does, ignoring case; at most 40 characters).</summary>
    public string BookmarkName(string name) => ClaimName(_bookmarkNames, _nextBookmarkSuffix, name, 40);

    /// <summary>A VML shape id not yet used.</summary>
    public string Shape(string id) => ClaimName(_shapes, _nextShapeSuffix, id, int.MaxValue);

    /// <summary>Where fresh note, comment and durable ids start: after the largest each kind uses in the template.</summary>
    /// <param name="maxIds">The largest id of each kind in the template's note parts.</param>
    public void StartNotesAfter(IReadOnlyDictionary<NoteKind, long> maxIds)
    {
        foreach (var max in maxIds)
        {
            _nextNote[max.Key] = max.Value + 1;
        }
    }

    /// <summary>
    /// The id a footnote, endnote or comment mark writes. The first mark of each name for an id
    /// keeps it; the n-th repetition of the marks (range start, range end, reference) gets the
    /// id of the n-th copy of the note, recorded for <see cref="CopiesOf"/>.
    /// </summary>
    /// <param name="kind">What the mark points to.</param>
    /// <param name="mark">The mark's local name: <c>commentRangeStart</c>, <c>footnoteReference</c> …</param>
    /// <param name="id">The id it has in the template.</param>
    public string NoteReference(NoteKind kind, string mark, string id)
    {
        _noteMarks.TryGetValue((mark, id), out var occurrence);
        _noteMarks[(mark, id)] = occurrence + 1;
        if (occurrence == 0)
        {
            return id;
        }

        if (!_noteCopyIds.TryGetValue((kind, id, occurrence), out var copy))
        {
            copy = FreshNoteId(kind).ToString(CultureInfo.InvariantCulture);
            _noteCopyIds[(kind, id, occurrence)] = copy;
            RecordCopy(kind, id, copy);
        }

        return copy;
    }

    /// <summary>The copies made so far of notes or comment entries of <paramref name="kind"/>: each original id with a copy's id, in order.</summary>
    public IReadOnlyList<(string Original, string Copy)> CopiesOf(NoteKind kind) =>
        _noteCopies.TryGetValue(kind, out var copies) ? copies : [];

    /// <summary>Records that the entry <paramref name="original"/> of <paramref name="kind"/> was copied as <paramref name="copy"/> (paragraph or durable ids of comments).</summary>
    public void RecordCopy(NoteKind kind, string original, string copy)
    {
        if (!_noteCopies.TryGetValue(kind, out var copies))
        {
            _noteCopies[kind] = copies = [];
        }

        copies.Add((original, copy));
    }

    /// <summary>A fresh id of <paramref name="kind"/>: decimal for notes and comments, an 8-digit hex durable id below 0x7FFFFFFF for comment ids.</summary>
    public long FreshNoteId(NoteKind kind)
    {
        _nextNote.TryGetValue(kind, out var next);
        next = System.Math.Max(next, 1);
        _nextNote[kind] = next + 1;
        return next;
    }

    private static long Claim(HashSet<long> used, long id, ref long next)
    {
        if (id >= 0 && used.Add(id))
        {
            return id;
        }

        while (!used.Add(next))
        {
            next++;
        }

        return next++;
    }

    private static string ClaimName(HashSet<string> used, Dictionary<string, int> nextSuffix, string name, int maxLength)
    {
        if (used.Add(name))
        {
            return name;
        }

        for (var n = nextSuffix.TryGetValue(name, out var next) ? next : 2; ; n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = (name.Length + suffix.Length > maxLength ? name.Substring(0, maxLength - suffix.Length) : name) + suffix;
            if (used.Add(candidate))
            {
                nextSuffix[name] = n + 1;
                return candidate;
            }
        }
    }
}
