using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using static Minutes.Templating.Sections.SectionNodes;

namespace Minutes.Templating.Sections;

/// <summary>
/// The insertable section kinds. Each is a part of the meeting model (a report, a proposal, the
/// facts …): its fields are that part's properties, and it is rendered by the minutes template as
/// part of a meeting, so an inserted section is what a rendered minutes document holds.
/// </summary>
public static class SectionCatalog
{
    private static readonly DataPath Sections = DataPath.Root.Property("sections");

    /// <summary>Every insertable section kind, in the order a meeting uses them.</summary>
    public static IReadOnlyList<SectionDefinition> All { get; } =
    [
        Define(SectionKinds.MeetingHeader, "會議抬頭", SectionNumbering.None, null,
            new(typeof(Meeting), ["agency", "name", "session", "date", "start", "location", "chair", "recorder", "attendance.note"], "_MinutesFacts",
                (form, _) => new(form, DataPath.Root, 1))),
        Define(SectionKinds.Report, ItemLabel<Report>(), SectionNumbering.Outline, "項次",
            new(typeof(Report), null, "_MinutesItem",
                (form, n) => InSection("reports", Placeholders<Report>(n - 1).Append(form), n))),
        Define(SectionKinds.Suggestion, ItemLabel<Suggestion>(), SectionNumbering.Parenthesized, "項次",
            new(typeof(Suggestion), null, "_MinutesSuggestion",
                (form, n) => new(
                    Meeting(Map(("kind", Scalar("reports")), ("items", List([Placeholder<Report>().With("unit", Scalar("○"))
                        .With("suggestions", List(Placeholders<Suggestion>(n - 1).Append(form).Append(Placeholder<Suggestion>())))])))),
                    Sections.Item(0).Property("items").Item(0).Property("suggestions").Item(n - 1),
                    n))),
        Define(SectionKinds.Proposal, ItemLabel<Proposal>(), SectionNumbering.Proposal, "提案序號",
            new(typeof(Proposal), null, "_MinutesItem",
                (form, n) => InSection("proposals", Placeholders<Proposal>(n - 1).Append(form), n))),
        Define(SectionKinds.Motion, ItemLabel<Motion>(), SectionNumbering.Motion, "案由序號",
            new(typeof(Motion), null, "_MinutesItem",
                (form, n) => InSection("motions", Placeholders<Motion>(n - 1).Append(form), n))),
        Define(SectionKinds.ChairInstructions, new InstructionsSection().DefaultTitle, SectionNumbering.Heading, "大項序號",
            new(typeof(InstructionsSection), null, "_MinutesSection",
                (form, n) => new(
                    Meeting([.. Enumerable.Range(0, n - 1).Select(_ => FillerSection()), form.With("kind", Scalar("instructions"))]),
                    Sections.Item(n - 1),
                    n))),
        Define(SectionKinds.Adjournment, "散會", SectionNumbering.Heading, "大項序號",
            new(typeof(Meeting), ["end"], "_MinutesEnd",
                (form, n) => new(
                    // Starting at midnight, so any time the clerk gives is after the start.
                    Meeting([.. Enumerable.Range(0, n - 1).Select(_ => FillerSection())]).With("start", Scalar("00:00", ScalarStyle.Plain)).Merge(form),
                    DataPath.Root,
                    1)),
            "end"),
    ];

    /// <summary>Finds a section kind by its identifier (ordinal, case-sensitive).</summary>
    /// <param name="id">The identifier, such as <c>motion</c>.</param>
    /// <returns>The definition, or <see langword="null"/> when no section kind has that identifier.</returns>
    public static SectionDefinition? Find(string id) =>
        All.FirstOrDefault(definition => string.Equals(definition.Id, id, StringComparison.Ordinal));

    private static SectionDefinition Define(string id, string label, SectionNumbering numbering, string? numberLabel, SectionSite site, params string[] alsoRequired) =>
        new(id, label, numbering, SectionForm.Fields(site, numberLabel, alsoRequired)) { Site = site };

    /// <summary>The item's name from the model: 「提案：案由、…」 → 提案.</summary>
    private static string ItemLabel<T>() =>
        typeof(T).GetCustomAttribute<DescriptionAttribute>()!.Description.Split('：', '，')[0];

    private static SectionPlacement InSection(string kind, IEnumerable<DataNode> items, int number) =>
        new(Meeting(Map(("kind", Scalar(kind)), ("items", List(items)))), Sections.Item(0).Property("items").Item(number - 1), number);

    private static DataMapping Meeting(params DataNode[] sections) =>
        Placeholder<Meeting>().With("sections", List(sections));
}
