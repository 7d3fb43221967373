using Minutes.Templating.Formatting;

namespace Minutes.Templating.Tests.Formatting;

public sealed class MeetingTitlesTests
{
    [Theory]
    [InlineData("大同鄉公所", null, "鄉務會議", "會議紀錄", "大同鄉公所鄉務會議紀錄")]
    [InlineData("大同鄉公所", null, "鄉務會議", "會議記錄", "大同鄉公所鄉務會議記錄")]
    [InlineData("臺北市都市計畫委員會", "第630次", "委員會議", "會議紀錄", "臺北市都市計畫委員會第630次委員會議紀錄")]
    [InlineData("立法院", "第11屆第4會期", "教育及文化委員會第1次召集委員會議", "議事錄", "立法院第11屆第4會期教育及文化委員會第1次召集委員會議議事錄")]
    [InlineData("新竹縣竹東鎮公所", "114年度第1次", "公共設施維護管理委員會", "會議紀錄", "新竹縣竹東鎮公所114年度第1次公共設施維護管理委員會會議紀錄")]
    [InlineData("宜蘭縣政府", null, "主管會報", "會議紀錄", "宜蘭縣政府主管會報會議紀錄")]
    public void Compose_writes_the_document_type_once(string agency, string? session, string name, string type, string expected)
    {
        Assert.Equal(expected, MeetingTitles.Compose(agency, session, name, type));
    }

    [Theory]
    [InlineData("臺北市都市計畫委員會", "第630次", "委員會議", "會議紀錄", new[] { "臺北市都市計畫委員會第630次委員會議紀錄" })]
    [InlineData("宜蘭縣政府", "106年度第1次", "兒童及少年性剝削防制督導會報", "會議紀錄", new[] { "宜蘭縣政府106年度第1次", "兒童及少年性剝削防制督導會報會議紀錄" })]
    [InlineData("立法院", "第11屆第4會期", "教育及文化委員會第1次召集委員會議", "議事錄", new[] { "立法院第11屆第4會期", "教育及文化委員會第1次召集委員會議議事錄" })]
    [InlineData("宜蘭縣政府", null, "兒童及少年性剝削防制督導會報工作", "會議紀錄", new[] { "宜蘭縣政府", "兒童及少年性剝削防制督導會報工作會議紀錄" })]
    [InlineData("衛生福利部疾病管制署", null, "傳染病防治諮詢委員會議", "會議紀錄", new[] { "衛生福利部疾病管制署", "傳染病防治諮詢委員會議紀錄" })]
    public void Lines_break_between_parts_never_leaving_a_lone_character(string agency, string? session, string name, string type, string[] expected)
    {
        var lines = MeetingTitles.Lines(agency, session, name, type, perLine: 22);

        Assert.Equal(expected, lines);
        Assert.Equal(MeetingTitles.Compose(agency, session, name, type), string.Concat(lines));
        Assert.All(lines, line => Assert.True(line.Length > 1));
    }

    [Theory]
    [InlineData("會議紀錄", 4)]
    [InlineData("第630次", 3.5)]
    [InlineData("ABC", 1.5)]
    public void Width_counts_ascii_as_half(string text, double width)
    {
        Assert.Equal(width, MeetingTitles.Width(text));
    }
}
