using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>
/// One convention of official minutes, checked over a meeting: the extension point of
/// <see cref="ConventionChecker"/>. Derive from it and pass the rule to
/// <see cref="ConventionChecker(IEnumerable{ConventionRule})"/>, beside or instead of
/// <see cref="ConventionChecker.DefaultRules"/>.
/// </summary>
public abstract class ConventionRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="rule">
    /// What the rule is: its id, severity and summary. The built-in rules use the entries of
    /// <see cref="DiagnosticRules"/>; a rule of your own makes its own with
    /// <see cref="RuleStage.Lint"/> and an id outside the catalogue's.
    /// </param>
    /// <exception cref="System.ArgumentNullException"><paramref name="rule"/> is null.</exception>
    protected ConventionRule(DiagnosticRule rule)
    {
        Rule = rule ?? throw new System.ArgumentNullException(nameof(rule));
    }

    /// <summary>What the rule is: its stable id (such as <c>recorder-label</c>), severity and summary in Chinese and English.</summary>
    public DiagnosticRule Rule { get; }

    /// <summary>Finds the breaches of the rule.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="texts">
    /// Every non-empty text of the meeting that has a <see cref="TextRole"/>, with its data
    /// path and role, in document order (an outline item's path ends in <c>.text</c>).
    /// </param>
    /// <returns>One diagnostic per breach, with its path and, when unambiguous, its fix; without a source location.</returns>
    public abstract IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts);

    /// <summary>Makes a diagnostic of this rule: its summary, then the specifics.</summary>
    /// <param name="path">The data path of the offending value.</param>
    /// <param name="replacement">The whole new value when the fix is unambiguous.</param>
    /// <param name="detailZh">The specifics in Chinese, appended to the rule's Chinese summary.</param>
    /// <param name="detailEn">The specifics in English, appended to the rule's English summary.</param>
    /// <returns>The diagnostic, without a source location.</returns>
    protected Diagnostic Finding(string path, string? replacement = null, string? detailZh = null, string? detailEn = null) =>
        Diagnostic.Of(
            Rule,
            path,
            detailZh is null ? Rule.SummaryZh : $"{Rule.SummaryZh}：{detailZh}",
            detailEn is null ? Rule.SummaryEn : $"{Rule.SummaryEn}: {detailEn}") with
        {
            Fix = replacement is null ? null : new Fix(path, replacement),
        };
}
