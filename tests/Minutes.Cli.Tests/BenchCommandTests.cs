using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Validation;

namespace Minutes.Cli.Tests;

/// <summary><c>minutes bench</c> run as a process (output form only, never timings), and its meeting generator.</summary>
public class BenchCommandTests
{
    private const string LastLine = @"^ms/doc \d+\.\d{3} docs/s \d+\.\d peak-MB \d+\.\d$";

    [Theory]
    [InlineData("-n", "3")]
    [InlineData("-n", "4", "--parallel")]
    [InlineData("-n", "2", "--reports", "20")]
    [InlineData("-n", "2", "-t", "notice")]
    public void Prints_the_figures_and_a_machine_readable_last_line(params string[] options)
    {
        var result = Tool.Run(Tool.RepositoryRoot, ["bench", "templates/examples/yilan-2017.yaml", .. options]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.Matches(LastLine, lines[^1]);
        Assert.Contains("per document: median", result.Output);
        Assert.Contains("documents/s", result.Output);
        Assert.Contains("peak memory", result.Output);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("4000")]
    public void Reports_option_generates_the_long_meeting_and_it_renders_within_the_budget(string reports)
    {
        var result = Tool.Run(Tool.RepositoryRoot, "bench", "templates/examples/yilan-2017.yaml", "-n", "1", "--reports", reports);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"報告案 {reports} 則", result.Output);
        Assert.Contains($"{reports} reports", result.Output);
    }

    [Fact]
    public void More_reports_than_a_render_can_hold_is_a_usage_error()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "bench", "templates/examples/yilan-2017.yaml", "-n", "1", "--reports", "2147483647");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("報告案數最多 4,000", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Bad_input_is_a_located_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.yaml"), "agency: 宜蘭縣政府\nname: 會報\ndate: 106-02-30\n");

        var result = Tool.Run(folder.Path, "bench", "bad.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.yaml:3:7: error invalid-date", result.Error);
        Assert.DoesNotMatch(new Regex(LastLine, RegexOptions.Multiline), result.Output);
    }

    [Fact]
    public void Unknown_template_fails()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "bench", "templates/examples/yilan-2017.yaml", "-t", "no-such.docx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("template not found", result.Error);
    }

    [Theory]
    [InlineData("-n", "0")]
    [InlineData("--reports", "-1")]
    public void Impossible_counts_are_usage_errors(params string[] options)
    {
        var result = Tool.Run(Tool.RepositoryRoot, ["bench", "templates/examples/yilan-2017.yaml", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage error", result.Error);
    }

    [Fact]
    public void Help_has_an_example()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "bench", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example / 範例:", result.Output);
        Assert.Contains("minutes bench", result.Output);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(50)]
    public void Generated_meetings_are_valid_and_follow_the_conventions(int reports)
    {
        var seed = MeetingReader.ReadFile(Tool.Example("yilan-2017.yaml")).Meeting!;

        var meeting = MeetingGenerator.WithReports(seed, reports);

        var section = Assert.Single(meeting.Sections.OfType<ReportsSection>());
        Assert.Equal(reports, section.Items.Count);
        Assert.All(section.Items, r => Assert.Equal(MeetingGenerator.SuggestionsPerReport, r.Suggestions.Count));
        Assert.Equal(seed.Sections.Count, meeting.Sections.Count);
        Assert.DoesNotContain(MeetingValidator.Validate(meeting), d => d.Severity == Severity.Error);
        Assert.DoesNotContain(new ConventionChecker(ConventionChecker.DefaultRules).Check(meeting), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_meeting_without_reports_gets_a_reports_section()
    {
        var seed = MeetingReader.ReadFile(Tool.Example("yilan-2017.yaml")).Meeting!;
        var withoutReports = seed with { Sections = seed.Sections.Where(s => s is not ReportsSection).ToArray() };

        var meeting = MeetingGenerator.WithReports(withoutReports, 3);

        Assert.Equal(3, Assert.Single(meeting.Sections.OfType<ReportsSection>()).Items.Count);
    }
}
