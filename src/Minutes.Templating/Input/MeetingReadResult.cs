using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Input;

/// <summary>The outcome of reading a meeting file: the meeting, or every problem found.</summary>
public sealed class MeetingReadResult
{
    private readonly IReadOnlyDictionary<DataPath, SourceLocation> locations;

    internal MeetingReadResult(Meeting? meeting, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<DataPath, SourceLocation> locations)
    {
        Diagnostics = diagnostics;
        this.locations = locations;
        Meeting = diagnostics.Any(d => d.Severity == Severity.Error) ? null : meeting;
    }

    /// <summary>The meeting read, or null when there were errors.</summary>
    public Meeting? Meeting { get; }

    /// <summary>Every problem found, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the meeting was read without errors.</summary>
    public bool Succeeded => Meeting is not null;

    /// <summary>
    /// The place in the source of the value at <paramref name="path"/> (such as
    /// <c>sections[1].items[0].decision</c>), or of its nearest written ancestor.
    /// </summary>
    /// <param name="path">A data path.</param>
    /// <returns>The location, or null when nothing on the path was written in the source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceLocation? Locate(string path) => Locate(DataPath.Parse(path));

    internal SourceLocation? Locate(DataPath path) => path.Nearest(Find);

    private SourceLocation? Find(DataPath path) => locations.TryGetValue(path, out var location) ? location : null;
}
