using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;
using Xunit.Abstractions;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// The 開會通知單 as LibreOffice prints it: every field of the form in the official order
/// (國家文官學院《公文撰作解析》附錄 p. 36; ../shared/conventions/official-format.md), blanks kept
/// for 發文日期 and 發文字號, and a notice to 20 出席者 with 副本 to 10 units readable across pages.
/// </summary>
public sealed class NoticePdfTests : IClassFixture<RenderedExamples>
{
    /// <summary>The labels of the contact block and the body, in order (檔號 and 保存年限 are optional).</summary>
    public static readonly string[] Labels =
    [
        "開會通知單", "地址：", "聯絡人：", "電話：", "傳真：", "電子信箱：", "受文者：", "發文日期：", "發文字號：", "速別：",
        "密等及解密條件或保密期限：", "附件：", "開會事由：", "開會時間：", "開會地點：", "主持人：", "聯絡人及電話：",
        "出席者：", "列席者：", "副本：", "備註：",
    ];

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly RenderedExamples _examples;
    private readonly ITestOutputHelper _output;

    public NoticePdfTests(RenderedExamples examples, ITestOutputHelper output)
    {
        _examples = examples;
        _output = output;
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Repository.Examples().Select(Path.GetFileName).OrderBy(e => e, StringComparer.Ordinal))
        {
            data.Add(example!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_notice_prints_every_label_in_order(string example)
    {
        var text = Text(_examples.Pdf("notice", example));
        var meeting = MeetingReader.ReadFile(Repository.Example(example)).Meeting!;

        _output.WriteLine(text);
        AssertLabelsInOrder(text);
        if (meeting.Notice?.IssuedOn is null && string.IsNullOrEmpty(meeting.Notice?.Reference))
        {
            Assert.Contains("發文日期：發文字號：速別：", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_example_with_every_field_prints_its_file_number_first_and_its_values()
    {
        var text = Text(_examples.Pdf("notice", "zhudong-2025.yaml"));

        Assert.StartsWith("檔號：114/070101保存年限：10年新竹縣竹東鎮公所開會通知單", text, StringComparison.Ordinal);
        Assert.Contains("發文日期：中華民國114年3月3日發文字號：竹鎮建字第1140004567號速別：普通件", text, StringComparison.Ordinal);
        Assert.Contains("副本：本所建設課（含附件）、本所民政課", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_to_twenty_units_with_ten_copies_runs_over_pages_and_loses_no_label()
    {
        using var folder = new TempDirectory();
        var read = MeetingReader.ReadFile(Path.Combine(Repository.Root, "tests", "Minutes.Templating.Tests", "BuiltIn", "Data", "notice-20-present.yaml"));
        Assert.True(read.Succeeded && read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics.Select(d => d.MessageEn)));
        var docx = MinutesTemplate.BuiltIn("notice").RenderToBytes(read.Meeting!);
        Docx.AssertValid(docx);
        var docxPath = Path.Combine(folder.Path, "notice-20.docx");
        File.WriteAllBytes(docxPath, docx);

        var pdf = OfficeTools.ConvertToPdf([docxPath], folder.Path).Single();
        var text = Text(pdf);

        _output.WriteLine(text);
        AssertLabelsInOrder(text);
        Assert.Contains("發文日期：發文字號：速別：速件", text, StringComparison.Ordinal);
        Assert.Contains("密等及解密條件或保密期限：密，會議結束後解密", text, StringComparison.Ordinal);
        foreach (var attendee in read.Meeting!.Attendance.MemberGroups.SelectMany(g => g.People))
        {
            Assert.Contains(attendee.Unit!, text, StringComparison.Ordinal);
        }

        Assert.All(read.Meeting.Notice!.Copies, copy => Assert.Contains(copy.Unit!, text, StringComparison.Ordinal));
        Assert.Equal(4, Regex.Count(text, "（含附件）"));
        Assert.True(OfficeTools.PdfToText(pdf).Count(c => c == '\f') >= 2, "the notice should run over at least two pages");
    }

    /// <summary>The PDF's text without white space (pdftotext breaks lines and spreads 檔　　號).</summary>
    private static string Text(string pdf) => Whitespace.Replace(OfficeTools.PdfToText(pdf), "").Replace("\u3000", "", StringComparison.Ordinal);

    private static void AssertLabelsInOrder(string text)
    {
        var at = 0;
        var missing = new List<string>();
        foreach (var label in Labels)
        {
            var found = text.IndexOf(label, at, StringComparison.Ordinal);
            if (found < 0)
            {
                missing.Add(label);
                continue;
            }

            at = found + label.Length;
        }

        Assert.True(missing.Count == 0, "labels missing or out of order: " + string.Join(" ", missing));
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("minutes-notice-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
