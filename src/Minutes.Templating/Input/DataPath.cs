using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Data paths such as <c>sections[1].items[0].decision</c>.</summary>
internal static class DataPath
{
    private static readonly char[] Separators = { '.', '[' };

    /// <summary>The enclosing path: <c>sections[1].items[0]</c> for <c>sections[1].items[0].decision</c>.</summary>
    public static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(Separators);
        return cut < 0 ? "" : path.Substring(0, cut);
    }

    /// <summary>The location of <paramref name="path"/>, or of its nearest ancestor that has one.</summary>
    public static SourceLocation? Locate(IReadOnlyDictionary<string, SourceLocation> locations, string path)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (locations.TryGetValue(p, out var location))
            {
                return location;
            }

            if (p.Length == 0)
            {
                return null;
            }
        }
    }
}
