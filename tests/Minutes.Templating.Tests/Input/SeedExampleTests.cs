using System;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Input;

public class SeedExampleTests
{
    private static Meeting LoadSeed()
    {
        var result = MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml"));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Meeting!;
    }

    [Fact]
    public void Seed_example_loads_with_zero_findings()
    {
        var result = MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml"));

        Assert.Empty(result.Diagnostics);
        var meeting = result.Meeting!;
        Assert.Equal("宜蘭縣政府", meeting.Agency);
        Assert.Equal(new DateTime(2017, 7, 18), meeting.Date);
        Assert.Equal(new TimeSpan(13, 30, 0), meeting.Start);
        Assert.Equal(new TimeSpan(14, 30, 0), meeting.End);
        Assert.Equal("記錄", meeting.Style.RecorderLabel);
        Assert.Equal(
            new[] { "follow-up", "reports", "announcements", "proposals", "instructions", "motions" },
            meeting.Sections.Select(s => s.Kind));
        var reports = Assert.IsType<ReportsSection>(meeting.Sections[1]);
        Assert.Equal(8, reports.Items.Count);
        Assert.Equal(6, reports.Items[0].Suggestions.Count);
        Assert.Equal("網路防制業務，納入秘書處新聞科與會。", Assert.Single(reports.Items[0].Suggestions[3].Ruling).Text);
        Assert.True(meeting.Sections[3].IsEmpty);
    }

    [Theory]
    [InlineData(InputFormat.Yaml)]
    [InlineData(InputFormat.Json)]
    public void Seed_example_round_trips(InputFormat format)
    {
        var meeting = LoadSeed();
        var text = format == InputFormat.Yaml ? MeetingWriter.ToYaml(meeting) : MeetingWriter.ToJson(meeting);

        var again = MeetingReader.Read(text, "round-trip", format);

        Assert.True(again.Succeeded, string.Join(Environment.NewLine, again.Diagnostics) + Environment.NewLine + text);
        Assert.Equal(meeting, again.Meeting);
    }

    [Theory]
    [InlineData("1912-01-01", "00:00", "date: 元年1月1日", "start: 上午0時")]
    [InlineData("2017-07-18", "12:00", "date: 106年7月18日", "start: 中午12時")]
    [InlineData("2025-04-09", "12:30", "date: 114年4月9日", "start: 中午12時30分")]
    [InlineData("2025-12-31", "23:59", "date: 114年12月31日", "start: 下午11時59分")]
    public void Dates_and_times_are_written_as_clerks_write_them_and_read_back_equal(string date, string time, string dateLine, string timeLine)
    {
        var meeting = LoadSeed() with { Date = System.DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Start = System.TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture), End = null };

        var yaml = MeetingWriter.ToYaml(meeting);
        var again = MeetingReader.Read(yaml, "round-trip.yaml", InputFormat.Yaml);

        Assert.Contains(dateLine + "\n", yaml.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Contains(timeLine + "\n", StringComparison.Ordinal), yaml);
        Assert.True(again.Succeeded, string.Join(Environment.NewLine, again.Diagnostics));
        Assert.Equal(meeting, again.Meeting);
    }

    [Fact]
    public void One_recorder_is_written_alone_as_clerks_write_it()
    {
        var yaml = MeetingWriter.ToYaml(LoadSeed()).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("recorder:\n  name: 鄭蕙萱\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第一行\r\n第二行")]
    [InlineData("第一行\r第二行")]
    [InlineData("第一行\u0085第二行")]
    [InlineData("\u2028")]
    [InlineData("\t 前有空白")]
    [InlineData("後有空白\u3000")]
    [InlineData("\uFEFF開頭")]
    [InlineData("第一行\n第二行\n")]
    public void Text_with_any_line_break_or_edge_space_round_trips_through_yaml(string text)
    {
        // A section's text takes paragraphs (line breaks); one-line texts refuse them (one-line-text).
        var seed = LoadSeed();
        var meeting = seed with { Sections = new ValueList<Section>(seed.Sections.Append(new RemarksSection { Text = text })) };

        var again = MeetingReader.Read(MeetingWriter.ToYaml(meeting), "round-trip.yaml", InputFormat.Yaml);

        Assert.True(again.Succeeded, string.Join(Environment.NewLine, again.Diagnostics));
        Assert.Equal(text, ((RemarksSection)again.Meeting!.Sections[^1]).Text);
    }

    [Fact]
    public void Locations_point_at_the_written_value()
    {
        var result = MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml"));

        var location = result.Locate("sections[1].items[0].decision");

        Assert.NotNull(location);
        var line = System.IO.File.ReadAllLines(Repository.Example("yilan-2017.yaml"))[location!.Value.Line - 1];
        Assert.Contains("准予備查，餘依主席裁示辦理。", line);
    }
}
