using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Model.Shapes;

/// <summary>
/// Where <see cref="ModelWalker"/> stands when it passes a text: the text's role and, built
/// only when asked for, its data path. A view of the walk, valid during the visitor's call.
/// </summary>
internal readonly struct ModelPosition
{
    private readonly ModelWalker.Walk walk;

    internal ModelPosition(ModelWalker.Walk walk, TextRole? role, bool multiLine)
    {
        this.walk = walk;
        Role = role;
        IsMultiLine = multiLine;
    }

    /// <summary>What the text is, from its property's <see cref="RoleAttribute"/>; null when it is not linted.</summary>
    public TextRole? Role { get; }

    /// <summary>True when the text may hold line breaks (its property has <see cref="MultiLineAttribute"/>); every other text is one line.</summary>
    public bool IsMultiLine { get; }

    /// <summary>The text's data path, such as <c>sections[1].items[0].decision</c>; allocates, so call it only for a text you keep.</summary>
    public DataPath Path() => walk.Path();
}
