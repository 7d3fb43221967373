using System.Collections.Generic;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>A generated meeting some of whose texts hold a character XML cannot store.</summary>
/// <param name="Meeting">The meeting.</param>
public sealed record PoisonedMeeting(Meeting Meeting)
{
    /// <summary>The data paths of the texts holding such a character; never empty.</summary>
    public IReadOnlyList<string> PoisonedPaths { get; } = MeetingGenerators.PathsWithUnholdableCharacters(Meeting);

    /// <inheritdoc />
    public override string ToString() => "poisoned at " + string.Join(", ", PoisonedPaths) + " in " + Meeting;
}
