using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>
/// A node of parsed YAML or JSON with its place in the source, before it is bound to the
/// model. Both formats read into this one tree, so binding and its messages are shared.
/// </summary>
internal abstract class DataNode
{
    protected DataNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>A short English and Chinese name of what this node is, for messages.</summary>
    public abstract (string Zh, string En) Describe();
}

/// <summary>How a scalar was written: its token type decides which model values it may fill.</summary>
internal enum ScalarStyle
{
    /// <summary>A YAML plain scalar: text, number, boolean or null by its content.</summary>
    Plain,

    /// <summary>A quoted YAML scalar, block scalar or JSON string: always text.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON true or false.</summary>
    Boolean,

    /// <summary>A JSON null, or a YAML plain null (~, null, empty).</summary>
    Null,
}

internal sealed class DataScalar : DataNode
{
    public DataScalar(string value, ScalarStyle style, SourceLocation location)
        : base(location)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsNull => Style == ScalarStyle.Null;

    public override (string Zh, string En) Describe() => Style switch
    {
        ScalarStyle.Null => ("空值", "null"),
        ScalarStyle.Number => ("數字", "a number"),
        ScalarStyle.Boolean => ("是非值", "a boolean"),
        _ => ("文字", "text"),
    };
}

internal sealed class DataMapping : DataNode
{
    public DataMapping(IReadOnlyList<KeyValuePair<DataScalar, DataNode>> entries, SourceLocation location)
        : base(location) => Entries = entries;

    public IReadOnlyList<KeyValuePair<DataScalar, DataNode>> Entries { get; }

    public override (string Zh, string En) Describe() => ("對照表（鍵: 值）", "a mapping");
}

internal sealed class DataSequence : DataNode
{
    public DataSequence(IReadOnlyList<DataNode> items, SourceLocation location)
        : base(location) => Items = items;

    public IReadOnlyList<DataNode> Items { get; }

    public override (string Zh, string En) Describe() => ("清單", "a list");
}
