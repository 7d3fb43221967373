using System;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Input;

/// <summary>回應 and 主席裁示 are bodies, as 決議: plain text or an outline, read and written back.</summary>
public sealed class SuggestionBodyTests
{
    private const string Yaml = """
        agency: 宜蘭縣政府
        name: 督導會報
        date: 2025-03-12
        start: "09:30"
        location: 第一會議室
        sections:
          - kind: reports
            items:
              - unit: 社會處
                suggestions:
                  - text: 建議加強宣導。
                    response: |-
                      本處將納入明年度計畫。
                      並於下次會議報告。
                    ruling:
                      - 請社會處辦理。
                      - text: 請教育處協助：
                        items:
                          - 校園宣導。
                          - 家長座談。
                decision: 准予備查。
        """;

    [Theory]
    [InlineData(InputFormat.Yaml)]
    [InlineData(InputFormat.Json)]
    public void A_response_of_text_and_a_ruling_of_points_read_and_write_back(InputFormat format)
    {
        var read = MeetingReader.Read(Yaml, "suggestion.yaml", InputFormat.Yaml);
        Assert.True(read.Succeeded && read.Diagnostics.Count == 0, string.Join(Environment.NewLine, read.Diagnostics));
        var suggestion = read.Meeting!.Sections.OfType<ReportsSection>().Single().Items[0].Suggestions[0];

        Assert.Equal("本處將納入明年度計畫。\n並於下次會議報告。", Assert.Single(suggestion.Response).Text);
        Assert.Equal(["請社會處辦理。", "請教育處協助："], suggestion.Ruling.Select(point => point.Text));
        Assert.Equal(["校園宣導。", "家長座談。"], suggestion.Ruling[1].Items.Select(point => point.Text));

        var written = format == InputFormat.Yaml ? MeetingWriter.ToYaml(read.Meeting) : MeetingWriter.ToJson(read.Meeting);
        var again = MeetingReader.Read(written, "again", format);

        Assert.True(again.Succeeded && again.Diagnostics.Count == 0, string.Join(Environment.NewLine, again.Diagnostics) + Environment.NewLine + written);
        Assert.Equal(read.Meeting, again.Meeting);
    }

    [Fact]
    public void The_points_of_a_ruling_are_checked_at_their_paths()
    {
        var read = MeetingReader.Read(Yaml.Replace("- 請社會處辦理。", "- 請社會處於2025/03/31前辦理。", StringComparison.Ordinal), "suggestion.yaml", InputFormat.Yaml);

        var findings = new Minutes.Templating.Conventions.ConventionChecker().Check(read.Meeting!);

        Assert.Contains(findings, f => f.RuleId == "western-year" && f.Path == "sections[0].items[0].suggestions[0].ruling[0].text");
        Assert.DoesNotContain(findings, f => f.Path.Contains(".response", StringComparison.Ordinal));
    }
}
