using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace Minutes.Templating.Model.Shapes;

/// <summary>One settable property of a model type, with its input key and schema facts.</summary>
internal sealed class PropertyShape
{
    public PropertyShape(PropertyInfo property)
    {
        Property = property;
        Key = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
        Value = ValueShape.For(property.PropertyType);
        Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        IsScalarForm = property.GetCustomAttribute<ScalarFormAttribute>() is not null;
        Role = property.GetCustomAttribute<RoleAttribute>()?.Role;
        IsMultiLine = property.GetCustomAttribute<MultiLineAttribute>() is not null;

        // C# 'required' members carry RequiredMemberAttribute; on netstandard2.0 it is a
        // polyfilled internal type, so it is matched by name.
        IsRequired = property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
    }

    public PropertyInfo Property { get; }

    /// <summary>The key in YAML and JSON input: the property name in camelCase.</summary>
    public string Key { get; }

    public ValueShape Value { get; }

    public string? Description { get; }

    public bool IsRequired { get; }

    /// <summary>True for the property a lone scalar fills (see <see cref="ScalarFormAttribute"/>).</summary>
    public bool IsScalarForm { get; }

    /// <summary>What the property's text is (for a list of texts: each element's), or null when it is not linted.</summary>
    public TextRole? Role { get; }

    /// <summary>True when the property's text may hold line breaks (see <see cref="MultiLineAttribute"/>).</summary>
    public bool IsMultiLine { get; }
}
