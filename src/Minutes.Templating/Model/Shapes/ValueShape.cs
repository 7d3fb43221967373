using System;
using System.Collections.Generic;

namespace Minutes.Templating.Model.Shapes;

/// <summary>The shape of one value: its kind, and for objects and lists what they hold.</summary>
internal sealed class ValueShape
{
    private static readonly Dictionary<Type, ValueKind> Scalars = new()
    {
        [typeof(string)] = ValueKind.Text,
        [typeof(int)] = ValueKind.Integer,
        [typeof(bool)] = ValueKind.Boolean,
        [typeof(DateTime)] = ValueKind.Date,
        [typeof(TimeSpan)] = ValueKind.Time,
    };

    private ValueShape(Type clrType, ValueKind kind, Type? elementType)
    {
        ClrType = clrType;
        Kind = kind;
        ElementType = elementType;
    }

    /// <summary>The property's declared type (nullable value types unwrapped).</summary>
    public Type ClrType { get; }

    public ValueKind Kind { get; }

    /// <summary>For lists, the element type.</summary>
    public Type? ElementType { get; }

    /// <summary>For lists, the shape of the elements.</summary>
    public ValueShape Element => For(ElementType!);

    /// <summary>For objects, the object's shape.</summary>
    public TypeShape Object => TypeShape.For(ClrType);

    public static ValueShape For(Type type)
    {
        var clrType = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalars.TryGetValue(clrType, out var kind))
        {
            return new ValueShape(clrType, kind, null);
        }

        if (clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return new ValueShape(clrType, ValueKind.List, clrType.GetGenericArguments()[0]);
        }

        return new ValueShape(clrType, ValueKind.Object, null);
    }
}
