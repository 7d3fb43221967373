using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace Minutes.Templating.Model.Shapes;

/// <summary>
/// What the input may write for one model type: its keys in order, which are required, and
/// for an abstract type the <c>kind</c> values that select its concrete types. Reading,
/// writing and the JSON Schema are all derived from it, so the model is described once.
/// </summary>
internal sealed class TypeShape
{
    /// <summary>The key that selects a concrete type of an abstract one (sections).</summary>
    public const string KindKey = "kind";

    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    private readonly Dictionary<string, PropertyShape> byKey;

    private TypeShape(Type type)
    {
        Type = type;
        Description = type.GetCustomAttribute<DescriptionAttribute>()?.Description;
        Properties = SettableProperties(type).Select(p => new PropertyShape(p)).ToArray();
        byKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
        ScalarForm = Properties.FirstOrDefault(p => p.IsScalarForm);
        KindOf = type.GetCustomAttribute<SectionKindAttribute>()?.Kind;
        Kinds = type.IsAbstract
            ? type.Assembly.GetTypes()
                .Where(t => !t.IsAbstract && type.IsAssignableFrom(t))
                .SelectMany(t => t.GetCustomAttributes<SectionKindAttribute>().Select(a => (a.Kind, Type: t)))
                .OrderBy(k => k.Kind, StringComparer.Ordinal)
                .ToDictionary(k => k.Kind, k => k.Type, StringComparer.Ordinal)
            : new Dictionary<string, Type>();
        if (!type.IsAbstract)
        {
            Defaults = Activator.CreateInstance(type);
        }
    }

    public Type Type { get; }

    public string? Description { get; }

    /// <summary>Settable properties, base type's first, each in declaration order.</summary>
    public IReadOnlyList<PropertyShape> Properties { get; }

    /// <summary>The property a lone scalar fills, if the type may be written as one.</summary>
    public PropertyShape? ScalarForm { get; }

    /// <summary>For an abstract type: each <c>kind</c> value and the concrete type it selects.</summary>
    public IReadOnlyDictionary<string, Type> Kinds { get; }

    public bool IsPolymorphic => Type.IsAbstract;

    /// <summary>A fresh instance whose property values are the defaults a writer may leave out.</summary>
    public object? Defaults { get; }

    /// <summary>The <c>kind</c> value of a concrete type, if it has one.</summary>
    public string? KindOf { get; }

    public static TypeShape For(Type type) => Cache.GetOrAdd(type, t => new TypeShape(t));

    public PropertyShape? Find(string key) => byKey.TryGetValue(key, out var p) ? p : null;

    private static IEnumerable<PropertyInfo> SettableProperties(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Push(t);
        }

        return chain.SelectMany(t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken));
    }
}
