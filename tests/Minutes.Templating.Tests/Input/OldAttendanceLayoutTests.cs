using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Input;

/// <summary>
/// Version 0.2's attendance lists (<c>present</c>, <c>observers</c>, <c>absent</c>) are read as
/// today's groups, with one located <c>old-layout</c> warning; mistakes inside them are found at
/// their own line and named by the path the file writes.
/// </summary>
public class OldAttendanceLayoutTests
{
    private const string Head = """
        agency: 新竹縣竹東鎮公所
        name: 公共設施維護管理委員會
        date: 2025-03-12
        start: "09:30"
        location: 本所3樓第一會議室
        chair: { name: 劉建宏, title: 鎮長 }

        """;

    /// <summary>An old attendance block (after <see cref="Head"/>) and the groups it reads as, summarised by <see cref="Summary"/>.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "present only, units with people and a unit alone",
            "attendance:\n  present:\n    - unit: 本所\n      person: { name: 陳怡君, title: 主任秘書 }\n    - 建設課\n    - person: { name: 范姜志遠, title: 委員, surname: 范姜 }\n",
            "出席: 本所/陳怡君/出席, 建設課/-/出席, -/范姜志遠/出席"
        },
        {
            "observers only",
            "attendance:\n  observers:\n    - unit: 新竹縣政府工務處\n      person: { name: 吳宗翰, title: 科長 }\n    - 台灣電力公司新竹區營業處\n",
            "列席*: 新竹縣政府工務處/吳宗翰/出席, 台灣電力公司新竹區營業處/-/出席"
        },
        {
            "absent only: members on leave",
            "attendance:\n  absent:\n    - person: { name: 羅美玲, title: 委員 }\n    - 清潔隊\n",
            "出席: -/羅美玲/請假, 清潔隊/-/請假"
        },
        {
            "all three lists and a note: the note follows the members' names, as 0.2 printed it",
            "attendance:\n  note: 詳如簽到表\n  present:\n    - person: { name: 曾秀蓮, title: 委員 }\n  observers:\n    - 竹東鎮民代表會\n  absent:\n    - person: { name: 羅美玲, title: 委員 }\n",
            "出席(詳如簽到表): -/曾秀蓮/出席, -/羅美玲/請假 | 列席*: 竹東鎮民代表會/-/出席"
        },
        {
            "the lists in another order: members first all the same",
            "attendance:\n  absent: [清潔隊]\n  observers: [竹東鎮民代表會]\n  present: [建設課]\n",
            "出席: 建設課/-/出席, 清潔隊/-/請假 | 列席*: 竹東鎮民代表會/-/出席"
        },
        {
            "a note with observers only stays the attendance note",
            "attendance:\n  note: 詳如簽到表\n  observers: [竹東鎮民代表會]\n",
            "note 詳如簽到表 | 列席*: 竹東鎮民代表會/-/出席"
        },
        {
            "one value for a list, and an empty list",
            "attendance:\n  present: 建設課\n  absent: ~\n",
            "出席: 建設課/-/出席"
        },
        {
            "an absent entry saying its own status keeps it",
            "attendance:\n  absent:\n    - person: { name: 羅美玲, title: 委員 }\n      status: 缺席\n",
            "出席: -/羅美玲/缺席"
        },
        {
            "membership and spare rows beside the old lists",
            "attendance:\n  membership: 9\n  spareRows: 2\n  present: [建設課]\n",
            "membership 9 | spare 2 | 出席: 建設課/-/出席"
        },
        {
            "numbered facts: 0.2's numbered labels",
            "style: { numberedFacts: true }\nattendance:\n  present: [建設課]\n  observers: [竹東鎮民代表會]\n  absent: [清潔隊]\n",
            "出席單位及人員: 建設課/-/出席, 清潔隊/-/請假 | 列席單位及人員*: 竹東鎮民代表會/-/出席"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Old_lists_read_as_groups_with_one_warning(string name, string attendance, string expected)
    {
        var result = MeetingReader.Read(Head + attendance, "old.yaml", InputFormat.Yaml);

        Assert.True(result.Succeeded, name + ": " + string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, Summary(result.Meeting!.Attendance));
        var warning = Assert.Single(result.Diagnostics);
        var firstList = attendance.Split('\n').Select((line, i) => (line, i)).First(l => l.line.TrimStart().Split(':')[0] is "present" or "observers" or "absent");
        Assert.Equal(
            ("old-layout", Severity.Warning, Head.Split('\n').Length + firstList.i, 3, "attendance." + firstList.line.Trim().Split(':')[0]),
            (warning.RuleId, warning.Severity, warning.Location?.Line, warning.Location?.Column, warning.Path));
    }

    [Fact]
    public void The_warning_says_in_Chinese_then_English_that_the_file_works_and_how_to_write_it_today()
    {
        var result = MeetingReader.Read(Head + "attendance:\n  present: [建設課]\n  absent: [清潔隊]\n", "old.yaml", InputFormat.Yaml);

        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith("出席名單使用 0.2 版的寫法（present／absent），本版仍可讀取", warning.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("groups", warning.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("status: 請假", warning.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("observers: true", warning.MessageZh, System.StringComparison.Ordinal);
        Assert.StartsWith("the attendance is in the 0.2 layout (present/absent); it is still read", warning.MessageEn, System.StringComparison.Ordinal);
        Assert.Matches(@"^old\.yaml:8:3: warning old-layout: 出席名單.* \(the attendance is in the 0\.2 layout.*\) \[attendance\.present\]$", warning.ToString());
    }

    [Fact]
    public void Json_reads_the_old_lists_too()
    {
        const string json = """
            {"agency": "新竹縣竹東鎮公所", "name": "公共設施維護管理委員會", "date": "2025-03-12", "location": "本所",
             "style": {"numberedFacts": true},
             "attendance": {"present": [{"unit": "本所", "person": {"name": "陳怡君", "title": "主任秘書"}}],
              "absent": ["清潔隊"]}}
            """;

        var result = MeetingReader.Read(json, "old.json", InputFormat.Json);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("出席單位及人員: 本所/陳怡君/出席, 清潔隊/-/請假", Summary(result.Meeting!.Attendance));
        Assert.Equal(("old-layout", 3), (Assert.Single(result.Diagnostics).RuleId, Assert.Single(result.Diagnostics).Location?.Line));
    }

    /// <summary>An old file and its data path, line and rule of the one error inside an old list.</summary>
    public static TheoryData<string, string, int, string> Mistakes => new()
    {
        { "attendance:\n  present:\n    - 建設課\n    - person: { title: 委員 }\n", "attendance.present[1].person.name", 10, "missing-field" },
        { "attendance:\n  present: [建設課]\n  absent:\n    - 清潔隊\n    - person: { name: 羅美玲, titel: 委員 }\n", "attendance.absent[1].person.titel", 11, "unknown-key" },
        { "attendance:\n  observers:\n    - unit: 竹東鎮民代表會\n      status: 請嫁\n", "attendance.observers[0].status", 10, "attendance-status" },
        { "attendance:\n  present:\n    - unit: \"建設\\n課\"\n", "attendance.present[0].unit", 9, "one-line-text" },
        { "attendance:\n  absent:\n    - [清潔隊]\n", "attendance.absent[0]", 9, "wrong-type" },
        { "attendance:\n  present: [建設課]\n  present: [清潔隊]\n", "attendance.present", 9, "duplicate-key" },
        { "attendance:\n  note: \"a\\u0007b\"\n  present: [建設課]\n", "attendance.note", 8, "invalid-character" },
        { "attendance:\n  note: 詳如簽到表\n  present: [建設課]\n  note: 詳簽到表\n", "attendance.note", 10, "duplicate-key" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_inside_an_old_list_is_found_at_its_own_line_and_path(string attendance, string path, int line, string rule)
    {
        var result = MeetingReader.Read(Head + attendance, "old.yaml", InputFormat.Yaml);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((rule, path, line), (error.RuleId, error.Path, error.Location?.Line));
        Assert.Single(result.Diagnostics, d => d.RuleId == "old-layout");
    }

    [Fact]
    public void Written_back_it_is_the_groups_layout_and_reads_without_a_warning()
    {
        var old = MeetingReader.Read(Head + "attendance:\n  note: 詳如簽到表\n  present: [建設課]\n  observers: [竹東鎮民代表會]\n  absent: [清潔隊]\n", "old.yaml", InputFormat.Yaml).Meeting!;

        var yaml = MeetingWriter.ToYaml(old);
        var again = MeetingReader.Read(yaml, "new.yaml", InputFormat.Yaml);

        Assert.Contains("groups:", yaml, System.StringComparison.Ordinal);
        Assert.DoesNotContain("present:", yaml, System.StringComparison.Ordinal);
        Assert.DoesNotContain("absent:", yaml, System.StringComparison.Ordinal);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(old, again.Meeting);
    }

    /// <summary>Groups as <c>label*(note): unit/name/status, …</c> (<c>*</c> for observers), joined by <c> | </c>, after the attendance's own note and numbers.</summary>
    private static string Summary(Attendance attendance)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (attendance.Note is not null)
        {
            parts.Add("note " + attendance.Note);
        }

        if (attendance.Membership is { } membership)
        {
            parts.Add("membership " + membership);
        }

        if (attendance.SpareRows != 3)
        {
            parts.Add("spare " + attendance.SpareRows);
        }

        parts.AddRange(attendance.Groups.Select(g =>
            g.Label + (g.Observers ? "*" : "") + (g.Note is null ? "" : $"({g.Note})") + ": "
            + string.Join(", ", g.People.Select(p => $"{p.Unit ?? "-"}/{p.Person?.Name ?? "-"}/{g.StatusOf(p)}"))));
        return string.Join(" | ", parts);
    }
}
