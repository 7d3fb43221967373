using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Sections;

/// <summary>Builds the input tree of the meeting around a section, as a meeting file would hold it.</summary>
internal static class SectionNodes
{
    /// <summary>The text of the placeholders that fill what the template needs around the section.</summary>
    private const string Filler = "○";

    /// <summary>Form values have no line in a file; diagnostics name the field instead.</summary>
    public static readonly SourceLocation Here = new("fields", 0, 0);

    public static DataScalar Scalar(string value, ScalarStyle style = ScalarStyle.Text) => new(value, style, Here);

    public static DataMapping Map(params (string Key, DataNode Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<DataScalar, DataNode>(Scalar(e.Key), e.Value)).ToList(), Here);

    public static DataSequence List(IEnumerable<DataNode> items) => new(items.ToList(), Here);

    /// <summary><paramref name="mapping"/> with <paramref name="key"/> set (added, or replacing the old value).</summary>
    public static DataMapping With(this DataMapping mapping, string key, DataNode value) =>
        new(mapping.Entries.Where(e => e.Key.Value != key)
            .Append(new KeyValuePair<DataScalar, DataNode>(Scalar(key), value)).ToList(), Here);

    /// <summary><paramref name="mapping"/> with every entry of <paramref name="over"/> set on it.</summary>
    public static DataMapping Merge(this DataMapping mapping, DataMapping over) =>
        over.Entries.Aggregate(mapping, (m, e) => m.With(e.Key.Value, e.Value));

    /// <summary>The smallest valid value of <typeparamref name="T"/>: its required properties filled with placeholders.</summary>
    public static DataMapping Placeholder<T>() => Placeholder(TypeShape.For(typeof(T)));

    /// <summary><paramref name="count"/> placeholders of <typeparamref name="T"/>, standing for the items before the clerk's.</summary>
    public static IEnumerable<DataNode> Placeholders<T>(int count) => Enumerable.Range(0, count).Select(_ => Placeholder<T>());

    /// <summary>A section with text, so that the template numbers it even when it omits empty sections.</summary>
    public static DataMapping FillerSection() => Map(("kind", Scalar("remarks")), ("text", Scalar(Filler)));

    private static DataMapping Placeholder(TypeShape shape) =>
        new(shape.Properties.Where(p => p.IsRequired)
            .Select(p => new KeyValuePair<DataScalar, DataNode>(Scalar(p.Key), Placeholder(p.Value)))
            .ToList(), Here);

    private static DataNode Placeholder(ValueShape value) => value.Kind switch
    {
        ValueKind.Object => Placeholder(value.Object),
        ValueKind.List => List([]),
        ValueKind.Date => Scalar("2000-01-01", ScalarStyle.Plain),
        ValueKind.Time => Scalar("09:00", ScalarStyle.Plain),
        ValueKind.Integer => Scalar("1", ScalarStyle.Plain),
        ValueKind.Boolean => Scalar("false", ScalarStyle.Plain),
        _ => Scalar(Filler),
    };
}
