using System;

namespace Minutes.Templating.Model;

/// <summary>
/// Declares what the text of a property is (a name, a title, a decision …), so that the
/// convention checks find it and know which rules apply. On a list of texts it applies to
/// each element; on a property holding objects (a body of outline points) it applies to their
/// texts that have no role or the role <see cref="TextRole.Numbered"/>. A text property
/// without it is not linted (style choices, codes).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class RoleAttribute : Attribute
{
    public RoleAttribute(TextRole role) => Role = role;

    public TextRole Role { get; }
}
