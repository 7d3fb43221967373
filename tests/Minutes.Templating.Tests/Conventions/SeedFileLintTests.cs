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

    [Fact]
    public void Every_example_other_than_the_seed_is_clean()
    {
        foreach (var file in Repository.Examples().Where(f => !f.EndsWith("yilan-2017.yaml", System.StringComparison.Ordinal)))
        {
            var read = MeetingReader.ReadFile(file);
            Assert.Empty(new ConventionChecker().Check(read.Meeting!, read.Locate));
        }
    }
}
