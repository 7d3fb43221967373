using System.Collections.Generic;
using System.Text;
using Minutes.Templating.Compilation;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The list instances one render allocates for <c>restart_numbering</c>: each restart site (a
/// <c>restart_numbering</c> tag) maps the template's list ids to fresh instances that start
/// over, until the site runs again.
/// </summary>
internal sealed class NumberingState
{
    private readonly NumberingDefinitions _definitions;
    private readonly Dictionary<(int Site, int NumId), int> _current = [];
    private readonly List<(int NumId, int AbstractNumId)> _allocated = [];

    public NumberingState(NumberingDefinitions definitions)
    {
        _definitions = definitions;
    }

    /// <summary>True when the render allocated list instances, so the numbering part must be rewritten.</summary>
    public bool HasAllocations => _allocated.Count > 0;

    /// <summary>Starts the lists of <paramref name="site"/> over from the next numbered paragraph on.</summary>
    public void Restart(int site)
    {
        var stale = new List<(int, int)>();
        foreach (var key in _current.Keys)
        {
            if (key.Site == site)
            {
                stale.Add(key);
            }
        }

        foreach (var key in stale)
        {
            _current.Remove(key);
        }
    }

    /// <summary>The list id a numbered paragraph of <paramref name="site"/> uses in place of <paramref name="numId"/>.</summary>
    public int Map(int numId, int site)
    {
        if (_current.TryGetValue((site, numId), out var mapped))
        {
            return mapped;
        }

        if (!_definitions.TryGetAbstract(numId, out var abstractNumId))
        {
            return numId;
        }

        mapped = _definitions.MaxNumId + _allocated.Count + 1;
        _allocated.Add((mapped, abstractNumId));
        _current[(site, numId)] = mapped;
        return mapped;
    }

    /// <summary>The numbering part with the allocated list instances added.</summary>
    public string BuildNumberingXml()
    {
        var xml = new StringBuilder(_definitions.Before.Length + _definitions.After.Length + (_allocated.Count * 400));
        xml.Append(_definitions.Before);
        foreach (var (numId, abstractNumId) in _allocated)
        {
            _definitions.WriteRestartedNum(xml, numId, abstractNumId);
        }

        xml.Append(_definitions.After);
        return xml.ToString();
    }
}
