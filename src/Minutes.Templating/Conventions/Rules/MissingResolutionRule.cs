using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Every proposal (討論事項) and extempore motion (臨時動議) ends in a resolution (決議), even
/// 「保留」 or 「另案處理」: one without it is usually a resolution not yet written in.
/// </summary>
internal sealed class MissingResolutionRule : ConventionRule
{
    public MissingResolutionRule()
        : base(DiagnosticRules.MissingResolution)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        for (var s = 0; s < meeting.Sections.Count; s++)
        {
            var (items, label) = meeting.Sections[s] switch
            {
                ProposalsSection proposals => (Subjects(proposals.Items, p => (p.Subject, p.Resolution)), proposals.Labels.Conclusion ?? "決議"),
                ReviewsSection reviews => (Subjects(reviews.Items, p => (p.Subject, p.Resolution)), reviews.Labels.Conclusion ?? "審查結論"),
                MotionsSection motions => (Subjects(motions.Items, m => (m.Subject, m.Resolution)), motions.Labels.Conclusion ?? "決議"),
                _ => (new List<(int, string)>(), ""),
            };
            foreach (var (index, whole) in items)
            {
                var subject = Excerpt.Around(whole, 0, 12);
                yield return Finding(DataPath.Root.Property("sections").Item(s).Property("items").Item(index).ToString(), null,
                    $"「{subject}」尚無{label}，請加上 resolution: （例如 resolution: 照案通過。）",
                    $"'{subject}' has no {(label == "決議" ? "resolution" : "conclusion (" + label + ")")}; add resolution: (such as resolution: 照案通過。)");
            }
        }
    }

    private static List<(int Index, string Subject)> Subjects<T>(IReadOnlyList<T> items, System.Func<T, (string Subject, ValueList<OutlineItem> Resolution)> read)
    {
        var missing = new List<(int, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            var (subject, resolution) = read(items[i]);
            if (resolution.All(point => string.IsNullOrWhiteSpace(point.Text) && point.Items.Count == 0 && point.Table is null))
            {
                missing.Add((i, subject));
            }
        }

        return missing;
    }
}
