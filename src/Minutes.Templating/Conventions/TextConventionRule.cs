using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>
/// A built-in rule that looks at each text of the meeting on its own; these are the rules
/// <see cref="ConventionChecker.CheckText"/> runs on a standalone text.
/// </summary>
internal abstract class TextConventionRule : ConventionRule
{
    protected TextConventionRule(DiagnosticRule rule)
        : base(rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        foreach (var field in texts)
        {
            if (CheckText(meeting, field) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>Checks one text.</summary>
    /// <param name="meeting">The meeting, for its style choices.</param>
    /// <param name="field">The text and its path.</param>
    /// <returns>The breach found, or null.</returns>
    protected abstract Diagnostic? CheckText(Meeting meeting, TextField field);
}
