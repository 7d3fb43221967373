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
    /// <summary>The stable kebab-case rule id, such as <c>recorder-label</c>.</summary>
    public abstract string Id { get; }

    /// <summary>How serious a breach is.</summary>
    public abstract Severity Severity { get; }

    /// <summary>What the rule says, in Traditional Chinese.</summary>
    public abstract string MessageZh { get; }

    /// <summary>What the rule says, in English.</summary>
    public abstract string MessageEn { get; }

    /// <summary>Finds the breaches of the rule.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="texts">
    /// Every non-empty text of the meeting that has a <see cref="TextRole"/>, with its data
    /// path and role, in document order (an outline item's path ends in <c>.text</c>).
    /// </param>
    /// <returns>One diagnostic per breach, with its path and, when unambiguous, its fix; without a source location.</returns>
    public abstract IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts);

    /// <summary>Makes a diagnostic of this rule.</summary>
    /// <param name="path">The data path of the offending value.</param>
    /// <param name="replacement">The whole new value when the fix is unambiguous.</param>
    /// <param name="detailZh">The specifics in Chinese, appended to <see cref="MessageZh"/>.</param>
    /// <param name="detailEn">The specifics in English, appended to <see cref="MessageEn"/>.</param>
    /// <returns>The diagnostic, without a source location.</returns>
    protected Diagnostic Finding(string path, string? replacement = null, string? detailZh = null, string? detailEn = null) =>
        Diagnostic.Create(
            Severity,
            Id,
            path,
            detailZh is null ? MessageZh : $"{MessageZh}：{detailZh}",
            detailEn is null ? MessageEn : $"{MessageEn}: {detailEn}") with
        {
            Fix = replacement is null ? null : new Fix(path, replacement),
        };
}
