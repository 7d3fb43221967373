using System.Collections.Generic;
using System.IO;
using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Conventions;

public class SeedFileLintTests
{
    [Fact]
    public void Linting_the_seed_file_reports_the_recorder_label_and_nothing_else()
    {
        var read = MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml"));

        var findings = new ConventionChecker().Check(read.Meeting!, read.Locate);

        var finding = Assert.Single(findings);
        Assert.Equal("recorder-label", finding.RuleId);
        Assert.Equal("style.recorderLabel", finding.Path);
        Assert.Equal(22, finding.Location?.Line);
        Assert.Equal("紀錄", finding.Fix?.Replacement);
    }

    /// <summary>
    /// The findings an example of published minutes deserves because its original has them:
    /// rule id and data path (each must be found), or a rule id alone (any number of its
    /// findings). Every other example is clean.
    /// </summary>
    private static readonly Dictionary<string, string[]> Deserved = new(System.StringComparer.Ordinal)
    {
        // The school committee recorded no 決議 on its third item (its 6/16(五) is the short
        // weekday its style chooses, style.shortWeekday).
        ["kaohsiung-xinxing-elementary-lunch-committee-105-8.yaml"] =
        [
            "missing-resolution sections[3].items[2]",
        ],

        // The county council's proceedings write the older 記 錄.
        ["yilan-county-council-18-extraordinary-1-3.yaml"] = ["recorder-label style.recorderLabel"],

        // The planning commission wrote (629) and 第一種商業區(特) in half-width brackets, beside （特）.
        ["taipei-urban-planning-commission-630.yaml"] = ["half-width-punctuation"],
    };

    public static TheoryData<string> OtherExamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.Examples().Select(Path.GetFileName).Where(f => f != "yilan-2017.yaml").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherExamples))]
    public void Every_example_other_than_the_seed_reports_only_what_its_original_deserves(string example)
    {
        var read = MeetingReader.ReadFile(Repository.Example(example));

        var findings = new ConventionChecker().Check(read.Meeting!, read.Locate).Select(d => $"{d.RuleId} {d.Path}").ToList();
        var deserved = Deserved.GetValueOrDefault(example, []);

        Assert.DoesNotContain(findings, f => !deserved.Any(d => f == d || f.StartsWith(d + " ", System.StringComparison.Ordinal)));
        Assert.All(deserved.Where(d => d.Contains(' ')), d => Assert.Contains(d, findings));
    }
}
