using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Conventions.Rules;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Checks a meeting against the conventions of official minutes ("lint"): 紀錄 not 記錄,
/// 決定 and 決議 in their places, full-width punctuation, （星期二）, an unpunctuated title, ROC
/// years, Traditional characters, a sensible end time, no hand-written numbers. The checker
/// holds no per-call state and can be shared.
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
    public ConventionChecker(IEnumerable<IConventionRule> rules)
    {
        Rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
    }

    /// <summary>The built-in rules, in the order they run.</summary>
    public static IReadOnlyList<IConventionRule> DefaultRules { get; } =
    [
        new RecorderLabelRule(),
        new TitlePunctuationRule(),
        new EndBeforeStartRule(),
        new DecisionWordRule(),
        new ManualNumberingRule(),
        new HalfWidthPunctuationRule(),
        new WeekdayFormRule(),
        new WesternYearRule(),
        new SimplifiedCharacterRule(),
    ];

    /// <summary>The rules this checker runs.</summary>
    public IReadOnlyList<IConventionRule> Rules { get; }

    /// <summary>Checks a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="locate">
    /// Finds the source location of a data path such as <c>sections[1].items[0].decision</c>;
    /// when it knows none for a path, the nearest enclosing path that it knows is used (an
    /// outline item written as a bare string is found at <c>….items[0]</c>).
    /// </param>
    /// <returns>The findings, rule by rule, each rule's in document order.</returns>
    public IReadOnlyList<Diagnostic> Check(Meeting meeting, Func<string, SourceLocation?>? locate = null)
    {
        var texts = MeetingTexts.Collect(meeting ?? throw new ArgumentNullException(nameof(meeting)));
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in Rules)
        {
            foreach (var diagnostic in rule.Check(meeting, texts))
            {
                diagnostics.Add(locate is null ? diagnostic : diagnostic with { Location = Locate(diagnostic.Path, locate) });
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// Checks a piece of text on its own (a paragraph a clerk typed), with the rules that look
    /// at text: punctuation, weekday form, Western years, simplified characters.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The findings, each with the data path <c>text</c>.</returns>
    public IReadOnlyList<Diagnostic> CheckText(string text)
    {
        var field = new[] { new TextField("text", text ?? throw new ArgumentNullException(nameof(text)), TextRole.Text) };
        return Rules.OfType<TextConventionRule>().SelectMany(rule => rule.Check(StandaloneText, field)).ToList();
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

    private static SourceLocation? Locate(string path, Func<string, SourceLocation?> locate)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (locate(current) is { } location)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>The enclosing path: <c>a.b[2].c</c> → <c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → empty.</summary>
    private static string Parent(string path)
    {
        var cut = path[path.Length - 1] == ']' ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path.Substring(0, cut) : "";
    }
}
