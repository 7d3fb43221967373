using System.Collections.Generic;

namespace Minutes.Templating.Compilation;

/// <summary>Maps offsets in a part's generated Scriban text back to the tags they came from.</summary>
internal sealed class SourceMap
{
    private readonly List<int> _offsets = [];
    private readonly List<TagLocation> _locations = [];

    /// <summary>Records that the tag at <paramref name="location"/> starts at <paramref name="offset"/>.</summary>
    public void Add(int offset, TagLocation location)
    {
        _offsets.Add(offset);
        _locations.Add(location);
    }

    /// <summary>
    /// The tag whose code contains <paramref name="offset"/> (the last tag starting at or before
    /// it), with the column moved to the offset, or null when no tag precedes it.
    /// </summary>
    public TagLocation? Find(int offset)
    {
        var index = IndexOf(offset);
        if (index < 0)
        {
            return null;
        }

        var tag = _locations[index];
        var within = offset - _offsets[index];
        return within < tag.TagText.Length ? tag with { Column = tag.Column + within } : tag;
    }

    /// <summary>The index of the tag whose code contains <paramref name="offset"/>, or -1 when no tag precedes it.</summary>
    public int IndexOf(int offset)
    {
        var index = _offsets.BinarySearch(offset);
        return index < 0 ? ~index - 1 : index;
    }
}
