using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>One convention of official minutes, checked over a meeting.</summary>
public interface IConventionRule
{
    /// <summary>The stable kebab-case rule id, such as <c>recorder-label</c>.</summary>
    string Id { get; }

    /// <summary>How serious a breach is.</summary>
    Severity Severity { get; }

    /// <summary>What the rule says, in Traditional Chinese.</summary>
    string MessageZh { get; }

    /// <summary>What the rule says, in English.</summary>
    string MessageEn { get; }

    /// <summary>Finds the breaches of the rule.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="texts">Every text of the meeting with its path, as <see cref="MeetingTexts.Collect"/> lists them.</param>
    /// <returns>One diagnostic per breach, with its path and, when unambiguous, its fix; without a source location.</returns>
    IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts);
}
