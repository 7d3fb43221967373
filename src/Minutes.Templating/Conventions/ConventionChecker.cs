using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Conventions.Rules;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Checks a meeting against the conventions of official minutes ("lint"): 紀錄 not 記錄,
/// 決定 and 決議 in their places, full-width punctuation, （星期二）, an unpunctuated title, ROC
/// years, Traditional characters, no hand-written numbers; and, first, the facts
/// <see cref="MeetingValidator"/> checks (a sensible end time, no blank required texts). The
/// checker holds no per-call state and can be shared.
/// </summary>
public sealed class ConventionChecker
{
    /// <summary>Creates a checker with <see cref="DefaultRules"/>.</summary>
    public ConventionChecker()
        : this(DefaultRules)
    {
    }

    /// <summary>Creates a checker with the given rules.</summary>
    /// <param name="rules">The rules, run in this order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ConventionChecker(IEnumerable<ConventionRule> rules)
    {
        Rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
    }

    /// <summary>The built-in rules, in the order they run.</summary>
    public static IReadOnlyList<ConventionRule> DefaultRules { get; } =
    [
        new RecorderLabelRule(),
        new TitlePunctuationRule(),
        new DecisionWordRule(),
        new ManualNumberingRule(),
        new HalfWidthPunctuationRule(),
        new WeekdayFormRule(),
        new WesternYearRule(),
        new SimplifiedCharacterRule(),
        new RecordNounRule(),
        new HonorificOrderRule(),
        new MissingResolutionRule(),
        new QuorumRule(),
        new NoticeRecipientRule(),
    ];

    /// <summary>The rules this checker runs.</summary>
    public IReadOnlyList<ConventionRule> Rules { get; }

    /// <summary>Checks a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="locate">
    /// Finds the source location of a data path such as <c>sections[1].items[0].decision</c>;
    /// when it knows none for a path, the nearest enclosing path that it knows is used (an
    /// outline item written as a bare string is found at <c>….items[0]</c>).
    /// </param>
    /// <returns>
    /// The findings: first the errors of <see cref="MeetingValidator.Validate"/> (such as
    /// <c>end-before-start</c>), then rule by rule, each rule's in document order.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public IReadOnlyList<Diagnostic> Check(Meeting meeting, Func<string, SourceLocation?>? locate = null)
    {
        _ = meeting ?? throw new ArgumentNullException(nameof(meeting));
        var diagnostics = new List<Diagnostic>(MeetingValidator.Validate(meeting));
        var texts = TextCollector.Collect(meeting);
        foreach (var rule in Rules)
        {
            diagnostics.AddRange(rule.Check(meeting, texts).Select(d => Checked(meeting, texts, d)));
        }

        return locate is null
            ? diagnostics
            : diagnostics.Select(d => d with { Location = DataPath.Parse(d.Path).Nearest(path => locate(path.ToString())) }).ToList();
    }

    /// <summary>
    /// Checks a piece of text on its own (a paragraph a clerk typed), with the built-in rules
    /// that look at each text alone: punctuation, weekday form, Western years, simplified
    /// characters, 紀錄 as a noun, the chair line's name form.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The findings, each with the data path <c>text</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Diagnostic> CheckText(string text)
    {
        var field = new[] { new TextField("text", text ?? throw new ArgumentNullException(nameof(text)), TextRole.Text) };
        return Rules.OfType<TextConventionRule>().SelectMany(rule => rule.Check(StandaloneText, field)).ToList();
    }

    /// <summary>
    /// Keeps a finding's fix only when the fixed text passes the text rules again: the fixed
    /// value must not break the same rule again (決議准予備查。 must not become 決定准予備查。,
    /// which the template prints as 決定：決定准予備查。) nor any rule the original text kept.
    /// A fix that cannot be checked this way (not of a text the rules see) is kept as it is.
    /// </summary>
    private Diagnostic Checked(Meeting meeting, IReadOnlyList<TextField> texts, Diagnostic finding)
    {
        if (finding.Fix is not { } fix || texts.FirstOrDefault(t => t.Path == fix.Path) is not { } original)
        {
            return finding;
        }

        var textRules = Rules.OfType<TextConventionRule>().ToList();
        IEnumerable<Diagnostic> Lint(string text) => text.Length == 0
            ? Enumerable.Empty<Diagnostic>()
            : textRules.SelectMany(r => r.Check(meeting, new[] { original with { Text = text } })).ToList();

        var before = new HashSet<string>(Lint(original.Text).Select(d => d.RuleId));
        before.Remove(finding.RuleId);
        var replacement = fix.Replacement;
        for (var round = 0; round < textRules.Count; round++)
        {
            var after = Lint(replacement).Where(d => !before.Contains(d.RuleId)).ToList();
            if (after.Count == 0)
            {
                return replacement == fix.Replacement ? finding : finding with { Fix = fix with { Replacement = replacement } };
            }

            // The fix brought up another rule's finding (会议记录 → 會議記錄 → 會議紀錄): take that
            // rule's checked fix too, or drop the fix.
            if (after.Any(d => d.RuleId == finding.RuleId) || after[0].Fix is not { } next)
            {
                break;
            }

            replacement = next.Replacement;
        }

        return finding with { Fix = null };
    }

    /// <summary>The meeting a standalone text is checked in: defaults only, so no rule depends on it.</summary>
    private static readonly Meeting StandaloneText = new()
    {
        Agency = "",
        Name = "",
        Date = new DateTime(2000, 1, 1),
        Start = TimeSpan.Zero,
        Location = "",
        Chair = new Person { Name = "" },
    };
}
