using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Minutes.Templating.Diagnostics;

/// <summary>
/// The place of a value in a meeting's data, such as <c>sections[1].items[0].decision</c>:
/// camelCase keys and zero-based indexes, read from the root. Immutable; a path shares its
/// ancestors, so stepping down costs one small object and no string.
/// </summary>
internal sealed class DataPath : IEquatable<DataPath>
{
    private static readonly char[] Separators = { '.', '[' };

    private readonly int hash;
    private string? text;

    private DataPath(DataPath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = parent is null ? 0 : parent.Depth + 1;
        hash = parent is null ? 17 : unchecked((parent.hash * 31) + (key is null ? index : StringComparer.Ordinal.GetHashCode(key)));
    }

    /// <summary>The whole meeting; written as the empty string.</summary>
    public static DataPath Root { get; } = new(null, null, -1);

    /// <summary>The enclosing path, or null for <see cref="Root"/>.</summary>
    public DataPath? Parent { get; }

    /// <summary>The property key of the last step, or null when it is an index (or the root).</summary>
    public string? Key { get; }

    /// <summary>The list index of the last step, or -1 when it is a key (or the root).</summary>
    public int Index { get; }

    /// <summary>The number of steps from the root.</summary>
    public int Depth { get; }

    public bool IsRoot => Parent is null;

    /// <summary>
    /// Reads a path as <see cref="ToString"/> writes it; the empty string is the root. A key
    /// holding <c>.</c> or <c>[</c> cannot be told from steps and is read as several.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static DataPath Parse(string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        var current = Root;
        var start = 0;
        while (start < path.Length)
        {
            if (path[start] == '[')
            {
                var close = path.IndexOf(']', start);
                if (close > start + 1 && Digits(path, start + 1, close) is { } index)
                {
                    current = current.Item(index);
                    start = close + 1;
                    continue;
                }
            }

            if (path[start] == '.')
            {
                start++;
            }

            var end = path.IndexOfAny(Separators, start + 1 > path.Length ? path.Length : start + 1);
            end = end < 0 ? path.Length : end;
            current = current.Property(path.Substring(start, end - start));
            start = end;
        }

        return current;
    }

    /// <summary>The value of property <paramref name="key"/> of the value at this path.</summary>
    public DataPath Property(string key) => new(this, key ?? throw new ArgumentNullException(nameof(key)), -1);

    /// <summary>Element <paramref name="index"/> of the list at this path.</summary>
    public DataPath Item(int index) =>
        index < 0 ? throw new ArgumentOutOfRangeException(nameof(index), index, "An index is zero or more.") : new(this, null, index);

    /// <summary>
    /// The first answer <paramref name="find"/> gives for this path or, failing that, for the
    /// nearest ancestor, the root included: a value written in the short scalar form has no
    /// location of its own property (<c>….items[0].text</c>) but has one at <c>….items[0]</c>.
    /// </summary>
    /// <returns>The nearest answer, or null when no path up to the root has one.</returns>
    public T? Nearest<T>(Func<DataPath, T?> find)
        where T : struct
    {
        for (var path = this; path is not null; path = path.Parent)
        {
            if (find(path) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Writes the path as <c>sections[1].items[0].decision</c>; the root is the empty string.</summary>
    public override string ToString() => text ??= Build();

    public bool Equals(DataPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.hash != hash || other.Depth != Depth)
        {
            return false;
        }

        for (DataPath? a = this, b = other; a is not null && b is not null; a = a.Parent, b = b.Parent)
        {
            if (a.Index != b.Index || !string.Equals(a.Key, b.Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as DataPath);

    public override int GetHashCode() => hash;

    /// <summary>The number written in <paramref name="path"/> from <paramref name="start"/> up to <paramref name="end"/>, if only digits are.</summary>
    private static int? Digits(string path, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++)
        {
            if (path[i] is < '0' or > '9' || value > (int.MaxValue - 9) / 10)
            {
                return null;
            }

            value = (value * 10) + (path[i] - '0');
        }

        return value;
    }

    private string Build()
    {
        var steps = new DataPath[Depth];
        var path = this;
        for (var i = Depth - 1; i >= 0; i--, path = path.Parent!)
        {
            steps[i] = path;
        }

        var result = new StringBuilder();
        foreach (var step in steps)
        {
            if (step.Key is null)
            {
                result.Append('[').Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                result.Append(result.Length == 0 ? "" : ".").Append(step.Key);
            }
        }

        return result.ToString();
    }
}
