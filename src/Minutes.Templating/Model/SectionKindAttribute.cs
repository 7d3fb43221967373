using System;

namespace Minutes.Templating.Model;

/// <summary>Names the <c>kind</c> value that selects a <see cref="Section"/> type in the input.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SectionKindAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="kind">The value of the <c>kind</c> key, such as <c>reports</c>.</param>
    public SectionKindAttribute(string kind) => Kind = kind;

    /// <summary>The value of the <c>kind</c> key.</summary>
    public string Kind { get; }
}
