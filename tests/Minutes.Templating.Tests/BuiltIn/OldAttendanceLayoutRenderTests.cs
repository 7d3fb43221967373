using System.IO;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.Reliability;
using Minutes.Templating.Tests.TestSupport;
using Xunit;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// A meeting file of version 0.2 (attendance as <c>present</c>, <c>observers</c>, <c>absent</c>)
/// renders the same documents as the meeting written with groups today, and its minutes print
/// the lines 0.2 printed: 出席 (with the note after the names), 列席, 請假.
/// </summary>
public class OldAttendanceLayoutRenderTests
{
    private const string OldAttendance = """
        attendance:
          present:
            - unit: 本所
              person: { name: 陳怡君, title: 主任秘書 }
            - unit: 建設課
              person: { name: 林俊傑, title: 課長 }
            - unit: 民政課
              person: { name: 黃淑芬, title: 課長 }
            - unit: 財政課
              person: { name: 徐明德, title: 課長 }
            - unit: 清潔隊
              person: { name: 張家豪, title: 隊長 }
            - person: { name: 范姜志遠, title: 委員, surname: 范姜 }
            - person: { name: 曾秀蓮, title: 委員 }
            - person: { name: 温國樑, title: 委員 }
          observers:
            - unit: 新竹縣政府工務處
              person: { name: 吳宗翰, title: 科長 }
            - unit: 竹東鎮民代表會
              person: { name: 邱文華, title: 代表 }
            - 台灣電力公司新竹區營業處
          absent:
            - person: { name: 羅美玲, title: 委員 }
        """;

    private const string Groups = """
        attendance:
          groups:
            - label: PRESENT
              note: 詳如簽到表
              people:
                - unit: 本所
                  person: { name: 陳怡君, title: 主任秘書 }
                - unit: 建設課
                  person: { name: 林俊傑, title: 課長 }
                - unit: 民政課
                  person: { name: 黃淑芬, title: 課長 }
                - unit: 財政課
                  person: { name: 徐明德, title: 課長 }
                - unit: 清潔隊
                  person: { name: 張家豪, title: 隊長 }
                - person: { name: 范姜志遠, title: 委員, surname: 范姜 }
                - person: { name: 曾秀蓮, title: 委員 }
                - person: { name: 温國樑, title: 委員 }
                - person: { name: 羅美玲, title: 委員 }
                  status: 請假
            - label: OBSERVERS
              observers: true
              people:
                - unit: 新竹縣政府工務處
                  person: { name: 吳宗翰, title: 科長 }
                - unit: 竹東鎮民代表會
                  person: { name: 邱文華, title: 代表 }
                - 台灣電力公司新竹區營業處
        """;

    [Theory]
    [InlineData(false, "出席", "列席", "請假")]
    [InlineData(true, "出席單位及人員", "列席單位及人員", "請假人員")]
    public void Old_layout_renders_the_documents_of_the_groups_layout(bool numberedFacts, string present, string observers, string absent)
    {
        // The hostile case's 0.2 file, with its start written and the note 0.2 printed after the names.
        var file = File.ReadAllText(Path.Combine(HostileCorpus.Folder, "inputs", "in2-start-null.yaml")).Replace("start: ~", "start: \"09:30\"");
        Assert.Contains(OldAttendance.Replace("\r\n", "\n"), file.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        var style = numberedFacts ? "\nstyle:\n  numberedFacts: true\n" : "\n";
        var old = file.Replace("\r\n", "\n").Replace(OldAttendance.Replace("\r\n", "\n"), OldAttendance.Replace("\r\n", "\n").Replace("attendance:\n", "attendance:\n  note: 詳如簽到表\n")) + style;
        var written = file.Replace("\r\n", "\n").Replace(OldAttendance.Replace("\r\n", "\n"), Groups.Replace("\r\n", "\n").Replace("PRESENT", present).Replace("OBSERVERS", observers)) + style;

        var oldRead = MeetingReader.Read(old, "old.yaml", InputFormat.Yaml);
        var groupsRead = MeetingReader.Read(written, "groups.yaml", InputFormat.Yaml);

        Assert.True(groupsRead.Succeeded && groupsRead.Diagnostics.Count == 0, string.Join("\n", groupsRead.Diagnostics));
        Assert.Equal("old-layout", Assert.Single(oldRead.Diagnostics).RuleId);
        Assert.Equal(groupsRead.Meeting, oldRead.Meeting);
        foreach (var template in new[] { "minutes", "notice", "sign-in" })
        {
            var expected = MinutesTemplate.BuiltIn(template).RenderToBytes(groupsRead.Meeting!);
            var actual = MinutesTemplate.BuiltIn(template).RenderToBytes(oldRead.Meeting!);
            Docx.AssertValid(actual);
            Assert.Equal(expected, actual);
        }

        var minutes = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(oldRead.Meeting!)).ParagraphTexts;
        Assert.Contains(minutes, p => p.Contains(present + "：本所陳主任秘書怡君、建設課林課長俊傑", System.StringComparison.Ordinal) && p.EndsWith("（詳如簽到表）", System.StringComparison.Ordinal));
        Assert.Contains(minutes, p => p.Contains(observers + "：新竹縣政府工務處吳科長宗翰", System.StringComparison.Ordinal));
        Assert.Contains(minutes, p => p.Contains(absent + "：羅委員美玲", System.StringComparison.Ordinal));
    }
}
