using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>A section made of a lead text and an outline of items.</summary>
public abstract record OutlineSection : Section
{
    /// <summary>Text written right after the heading.</summary>
    [MultiLine]
    [Role(TextRole.Text)]
    [Description("段落文字")]
    public string? Text { get; init; }

    /// <summary>Numbered items (一、（一）、1、（1）).</summary>
    [Description("條列項目")]
    public ValueList<OutlineItem> Items { get; init; } = ValueList<OutlineItem>.Empty;

    /// <inheritdoc />
    public override bool IsEmpty => string.IsNullOrEmpty(Text) && Items.Count == 0;
}
