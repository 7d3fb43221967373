using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Conventions;

public class ConventionCheckerTests
{
    [Fact]
    public void The_seed_meeting_reports_only_its_記錄_label()
    {
        var finding = Assert.Single(new ConventionChecker().Check(Seed()));

        Assert.Equal("recorder-label", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("style.recorderLabel", finding.Path);
        Assert.Equal(new Fix("style.recorderLabel", "紀錄"), finding.Fix);
    }

    [Fact]
    public void The_seed_meeting_with_its_fix_applied_is_clean()
    {
        var seed = Seed();
        var fixedSeed = seed with { Style = seed.Style with { RecorderLabel = "紀錄" } };

        Assert.Empty(new ConventionChecker().Check(fixedSeed));
    }

    [Fact]
    public void A_minimal_meeting_is_clean()
    {
        Assert.Empty(new ConventionChecker().Check(Meetings.Minimal()));
    }

    [Fact]
    public void Validation_errors_are_reported_first()
    {
        var meeting = Meetings.Minimal() with { End = new System.TimeSpan(13, 0, 0), Location = "本府第一會議室." };

        var findings = new ConventionChecker().Check(meeting);

        Assert.Equal(["end-before-start", "half-width-punctuation"], findings.Select(finding => finding.RuleId));
    }

    [Fact]
    public void Rule_ids_are_stable_and_unique()
    {
        string[] expected =
        [
            "recorder-label", "title-punctuation", "decision-word", "manual-numbering",
            "half-width-punctuation", "weekday-form", "western-year", "simplified-character",
            "record-noun", "honorific-order", "missing-resolution", "quorum", "notice-recipient",
        ];

        Assert.Equal(expected, ConventionChecker.DefaultRules.Select(rule => rule.Rule.Id));
        Assert.All(ConventionChecker.DefaultRules, rule =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Rule.Id);
            Assert.Matches("[\u4e00-\u9fff]", rule.Rule.SummaryZh);
            Assert.Matches("[a-z]", rule.Rule.SummaryEn);
        });
    }

    [Fact]
    public void Locations_come_from_the_nearest_path_the_locator_knows()
    {
        var meeting = Meetings.With("item", "一、准予備查.");
        var known = new Dictionary<string, SourceLocation>
        {
            ["sections[0].items[0]"] = new("minutes.yaml", 12, 9),
        };

        var findings = new ConventionChecker().Check(meeting, path => known.TryGetValue(path, out var location) ? location : null);

        Assert.Equal(["manual-numbering", "half-width-punctuation"], findings.Select(finding => finding.RuleId));
        Assert.All(findings, finding =>
        {
            Assert.Equal("sections[0].items[0].text", finding.Path);
            Assert.Equal(new SourceLocation("minutes.yaml", 12, 9), finding.Location);
        });
    }

    [Fact]
    public void Locations_stay_unknown_when_the_locator_knows_nothing()
    {
        var meeting = Meetings.Minimal() with { Style = new DocumentStyle { RecorderLabel = "記錄" } };

        var finding = Assert.Single(new ConventionChecker().Check(meeting, _ => null));

        Assert.Null(finding.Location);
        Assert.StartsWith("style.recorderLabel: warning recorder-label: ", finding.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_listed_with_input_paths()
    {
        var paths = TextCollector.Collect(Seed()).Select(text => text.Path).ToList();

        Assert.Contains("chair.title", paths);
        Assert.Contains("attendance.note", paths);
        Assert.Contains("sections[1].intro", paths);
        Assert.Contains("sections[1].items[0].suggestions[3].ruling[0].text", paths);
        Assert.Contains("sections[1].items[0].suggestions[5].by.name", paths);
        Assert.Contains("sections[1].items[7].decision[0].text", paths);
        Assert.Contains("sections[2].items[0].text", paths);
        Assert.Contains("sections[5].items[1].proposer.title", paths);
        Assert.Contains("sections[5].items[1].resolution[0].text", paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void A_custom_rule_sees_every_text_with_its_role()
    {
        var rule = new RoleEchoRule();

        var findings = new ConventionChecker([rule]).Check(Meetings.With("report-decision", "准予備查"));

        Assert.Contains(findings, f => f.Path == "sections[0].items[0].decision[0].text" && f.MessageEn == "echo: Decision");
        Assert.Contains(findings, f => f.Path == "agency" && f.MessageEn == "echo: Title");
        Assert.All(findings, f => Assert.Equal(("echo", Severity.Info), (f.RuleId, f.Severity)));
    }

    private static Meeting Seed() => MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml")).Meeting!;

    /// <summary>A rule outside the library: one finding per text, naming its role.</summary>
    private sealed class RoleEchoRule : ConventionRule
    {
        public RoleEchoRule()
            : base(new DiagnosticRule("echo", Severity.Info, RuleStage.Lint, "回聲", "echo"))
        {
        }

        public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts) =>
            texts.Select(text => Finding(text.Path, detailZh: text.Role.ToString(), detailEn: text.Role.ToString()));
    }
}
