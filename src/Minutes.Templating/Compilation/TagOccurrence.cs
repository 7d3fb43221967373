using System.Xml.Linq;

namespace Minutes.Templating.Compilation;

/// <summary>One tag in a part: where it stands, what it does and the Scriban code it becomes.</summary>
internal sealed class TagOccurrence
{
    public TagOccurrence(XElement text, int offsetInText, TagLocation location, TagInfo info, string code)
    {
        Text = text;
        OffsetInText = offsetInText;
        Location = location;
        Info = info;
        Code = code;
    }

    /// <summary>The <c>w:t</c> holding the tag.</summary>
    public XElement Text { get; }

    /// <summary>The offset of <c>{{</c> in the text element's value (moves when whitespace control trims text before it).</summary>
    public int OffsetInText { get; set; }

    /// <summary>The offset just after the tag's <c>}}</c> in the text element's value.</summary>
    public int EndInText => OffsetInText + Location.TagText.Length;

    /// <summary>True when the tag opens with <c>{{~</c> or <c>{{-</c>: white space before it in its paragraph is trimmed.</summary>
    public bool TrimsBefore => Location.TagText.Length > 4 && Location.TagText[2] is '~' or '-';

    /// <summary>True when the tag closes with <c>~}}</c> or <c>-}}</c>: white space after it in its paragraph is trimmed.</summary>
    public bool TrimsAfter => Location.TagText.Length > 4 && Location.TagText[Location.TagText.Length - 3] is '~' or '-';

    /// <summary>Where the tag stands, for messages.</summary>
    public TagLocation Location { get; }

    /// <summary>What the tag does.</summary>
    public TagInfo Info { get; }

    /// <summary>The Scriban code written for the tag (quotes straightened, site numbers added).</summary>
    public string Code { get; set; }

    /// <summary>The paragraph or table row the tag replaces as a whole, when it stands alone there.</summary>
    public XElement? Replaces { get; set; }
}
