using System.Collections.Generic;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Lists the texts a convention rule looks at: every non-empty text whose model property
/// declares a <see cref="TextRole"/>, with its data path, in document order.
/// </summary>
internal static class TextCollector
{
    /// <summary>The texts of <paramref name="meeting"/> with their paths and roles.</summary>
    public static IReadOnlyList<TextField> Collect(Meeting meeting)
    {
        var texts = new List<TextField>();
        ModelWalker.VisitTexts(meeting, (value, at) =>
        {
            if (at.Role is { } role && value.Length > 0)
            {
                texts.Add(new TextField(at.Path().ToString(), value, role));
            }
        });
        return texts;
    }
}
