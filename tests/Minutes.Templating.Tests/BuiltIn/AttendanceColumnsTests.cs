using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;
using Xunit;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary><c>style.attendanceInColumns</c>: each group's label on a line, then its people as 「單位：姓名」 pairs, two to a row.</summary>
public class AttendanceColumnsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Groups_print_their_people_as_unit_and_name_pairs_two_to_a_row(bool numberedFacts)
    {
        var read = MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml"));
        var meeting = read.Meeting! with { Style = read.Meeting!.Style with { AttendanceInColumns = true, NumberedFacts = numberedFacts } };

        var docx = MinutesTemplate.BuiltIn("minutes").RenderToBytes(meeting);

        Docx.AssertValid(docx);
        var paragraphs = Docx.Open(docx).ParagraphTexts.ToList();
        var label = paragraphs.FindIndex(p => p.EndsWith("出席委員：", System.StringComparison.Ordinal));
        Assert.True(label >= 0, string.Join("\n", paragraphs));
        Assert.Equal("本所：陳主任秘書怡君（副召集人）\t建設課：林課長俊傑", paragraphs[label + 1]);
        Assert.Equal("民政課：黃課長淑芬（許維倫代）\t財政課：徐課長明德", paragraphs[label + 2]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("出席委員：本所", System.StringComparison.Ordinal));
    }
}
