using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>The adjournment (散會) cannot come before the start.</summary>
public sealed class EndBeforeStartRule : ConventionRule
{
    /// <inheritdoc />
    public override string Id => "end-before-start";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override string MessageZh => "散會時間早於開會時間";

    /// <inheritdoc />
    public override string MessageEn => "the meeting ends before it starts";

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        if (meeting.End is { } end && end < meeting.Start)
        {
            yield return Finding(
                "end",
                null,
                $"{end.ToRocTime()}早於{meeting.Start.ToRocTime()}",
                $"{end:hh\\:mm} is before {meeting.Start:hh\\:mm}");
        }
    }
}
