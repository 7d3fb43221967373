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
