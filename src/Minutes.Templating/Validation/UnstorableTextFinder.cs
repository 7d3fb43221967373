using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Validation;

/// <summary>
/// Finds every text of a meeting that an XML part cannot hold, with its data path and the
/// first such character. Paths are built only for those, so checking a meeting costs one
/// walk and no allocation per text.
/// </summary>
internal static class UnstorableTextFinder
{
    /// <summary>Every text of <paramref name="meeting"/> holding a character a document cannot store, in document order.</summary>
    public static IReadOnlyList<(DataPath Path, int Position, char Character)> Find(Meeting meeting)
    {
        var found = new List<(DataPath Path, int Position, char Character)>();
        ModelWalker.VisitTexts(meeting, (value, at) =>
        {
            var position = XmlCharacters.IndexOfUnstorable(value);
            if (position >= 0)
            {
                found.Add((at.Path(), position, value[position]));
            }
        });
        return found;
    }
}
