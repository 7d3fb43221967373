using System.Collections.Generic;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Lists the texts a convention rule looks at: every non-empty text whose model property
/// declares a <see cref="TextRole"/>, with its data path, in document order.
/// </summary>
internal sealed class TextCollector : IModelVisitor
{
    private readonly List<TextField> texts = new();

    private TextCollector()
    {
    }

    /// <summary>The texts of <paramref name="meeting"/> with their paths and roles.</summary>
    public static IReadOnlyList<TextField> Collect(Meeting meeting)
    {
        var collector = new TextCollector();
        ModelWalker.Visit(meeting, collector);
        return collector.texts;
    }

    public void Text(string value, ModelPosition at)
    {
        if (at.Role is { } role && value.Length > 0)
        {
            texts.Add(new TextField(at.Path().ToString(), value, role));
        }
    }

    public void BeginObject()
    {
    }

    public void EndObject()
    {
    }

    public void BeginList()
    {
    }

    public void EndList()
    {
    }

    public void Key(string key)
    {
    }

    public void Number(int value)
    {
    }

    public void Boolean(bool value)
    {
    }
}
