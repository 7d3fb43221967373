using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;
using Xunit.Abstractions;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// The 簽到表 as LibreOffice prints it (../shared/conventions/official-format.md): separate 出席 and
/// 列席 tables with headings and the columns 序號, 單位, 職稱, 姓名, 簽名, 備註; a person on leave
/// with 請假 in 備註; the header row repeated on the next page of a 40-person meeting.
/// </summary>
public sealed class SignInPdfTests : IClassFixture<RenderedExamples>
{
    private const string Header = "序號單位職稱姓名簽名備註";

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly RenderedExamples _examples;
    private readonly ITestOutputHelper _output;

    public SignInPdfTests(RenderedExamples examples, ITestOutputHelper output)
    {
        _examples = examples;
        _output = output;
    }

    public static TheoryData<string> Examples() => NoticePdfTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_sign_in_sheet_has_its_tables_its_people_in_them_and_those_on_leave_marked(string example)
    {
        var meeting = MeetingReader.ReadFile(Repository.Example(example)).Meeting!;
        var text = Text(_examples.Pdf("sign-in", example));
        _output.WriteLine(text);

        var members = text.IndexOf("出席" + Header, StringComparison.Ordinal);
        Assert.True(members >= 0, "no 出席 heading above a table");
        var observers = text.IndexOf("列席" + Header, StringComparison.Ordinal);
        Assert.True(observers > members, "no 列席 heading above a second table");
        Assert.Contains($"應出席{meeting.Attendance.ExpectedCount}人，請假{meeting.Attendance.OnLeaveCount}人，實到", text, StringComparison.Ordinal);
        foreach (var group in meeting.Attendance.Groups)
        {
            foreach (var person in group.People.Where(p => p.Person is not null))
            {
                var at = text.IndexOf(person.Person!.Name, members, StringComparison.Ordinal);
                Assert.True(group.Observers ? at > observers : at > members && at < observers, $"{person.Person.Name} is not in the {(group.Observers ? "列席" : "出席")} table");
                var status = group.StatusOf(person);
                if (status == AttendanceStatus.OnLeave)
                {
                    Assert.Contains(person.Person.Name + "請假", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_zhudong_sheet_lists_the_member_on_leave_with_請假()
    {
        Assert.Contains("委員羅美玲請假", Text(_examples.Pdf("sign-in", "zhudong-2025.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_four_character_title_stays_on_one_line_of_its_cell()
    {
        var layout = OfficeTools.PdfToLayoutText(_examples.Pdf("sign-in", "zhudong-2025.yaml"));

        Assert.Contains(layout.Split('\n'), line => line.Contains("主任秘書", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forty_person_sheet_repeats_its_header_row_on_the_next_page()
    {
        using var folder = new TempFolder();
        var meeting = MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml")).Meeting!;
        var people = Enumerable.Range(1, 40).Select(i => new Attendee { Unit = "第" + i + "課", Person = new Person { Name = "委員" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Title = "課長" } });
        meeting = meeting with { Attendance = new Attendance { Groups = ValueList.Of(new AttendanceGroup { Label = "出席委員", People = new ValueList<Attendee>(people) }) } };
        var docxPath = Path.Combine(folder.Path, "sign-in-40.docx");
        File.WriteAllBytes(docxPath, MinutesTemplate.BuiltIn("sign-in").RenderToBytes(meeting));
        Docx.AssertValid(File.ReadAllBytes(docxPath));

        var pages = OfficeTools.PdfToLayoutText(OfficeTools.ConvertToPdf([docxPath], folder.Path).Single()).Split('\f').Select(p => Whitespace.Replace(p, "")).ToList();
        _output.WriteLine(string.Join("\n----\n", pages));

        Assert.True(pages.Count(p => p.Length > 0) >= 2, "40 people should take more than one page");
        Assert.All(pages.Where(p => p.Contains("委員", StringComparison.Ordinal)), page => Assert.Contains(Header, page, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"{i}第{i}課課長委員{i:D2}", string.Concat(pages), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_recorders_with_titles_print_whole_on_a_line_of_their_own()
    {
        using var folder = new TempFolder();
        var meeting = MeetingReader.ReadFile(Repository.Example("zhudong-2025.yaml")).Meeting! with
        {
            Recorder = ValueList.Of(new Person { Title = "簡任秘書", Name = "盧焜鑫" }, new Person { Title = "科員", Name = "王小明" }),
        };
        var docxPath = Path.Combine(folder.Path, "sign-in-recorders.docx");
        File.WriteAllBytes(docxPath, MinutesTemplate.BuiltIn("sign-in").RenderToBytes(meeting));

        var lines = OfficeTools.PdfToLayoutText(OfficeTools.ConvertToPdf([docxPath], folder.Path).Single()).Split('\n').Select(l => Whitespace.Replace(l, "")).ToList();

        Assert.Contains("紀錄：簡任秘書盧焜鑫、科員王小明", lines);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("minutes-sign-in-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private static string Text(string pdf) => Whitespace.Replace(OfficeTools.PdfToLayoutText(pdf), "");
}
