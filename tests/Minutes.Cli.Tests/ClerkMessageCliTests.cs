using System.IO;
using System.Linq;

namespace Minutes.Cli.Tests;

/// <summary>Issue 22 items 4 and 5 through the real tool: Chinese messages with hints, and lint --fix that only applies checked fixes.</summary>
public class ClerkMessageCliTests
{
    private const string Head = "agency: 宜蘭縣政府\nname: 督導會報\ndate: 114年9月10日\nstart: \"13:30\"\nlocation: 本府第一會議室\n";

    [Theory]
    [InlineData("chair:\n\tname: 陳建宏\n", "m.yaml:7:1: error syntax: 這一行用了 Tab 字元縮排，請改用空白")]
    [InlineData("chair: {name: 陳建宏}\nrecorder:林小美\n", "m.yaml:7:1: error syntax: 冒號後面少了空白")]
    [InlineData("chair: 陳建宏鄉長\nattendance:\n  present:\n    - 社會處\n    警察局\n", "m.yaml:10:5: error syntax: 清單的每一項都要以「- 」")]
    public void Yaml_mistakes_are_explained_in_Chinese(string tail, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head + tail);

        var result = Tool.Run(folder.Path, "validate", "m.yaml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Error, System.StringComparison.Ordinal);
        Assert.Contains("(malformed YAML: While", result.Error, System.StringComparison.Ordinal);
    }

    // Typed with a Chinese input method: full-width digits in dates and times read, in every command.
    [Theory]
    [InlineData("validate")]
    [InlineData("lint")]
    [InlineData("render")]
    [InlineData("next")]
    public void Full_width_digits_in_dates_and_times_are_read(string command)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head.Replace("date: 114年9月10日", "date: １１５年１月１４日").Replace("start: \"13:30\"", "start: 下午２時半")
            + "session: １１５年度第１次\nend: １５：３０\nchair: 陳建宏鄉長\n");

        var result = command switch
        {
            "render" => Tool.Run(folder.Path, "render", "m.yaml", "-o", "m.docx"),
            "next" => Tool.Run(folder.Path, "next", "m.yaml", "--date", "１１５年２月１１日", "-o", "n.yaml"),
            _ => Tool.Run(folder.Path, command, "m.yaml"),
        };

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Exception", result.Error + result.Output, System.StringComparison.Ordinal);
        if (command == "render")
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(folder.File("m.docx"), false);
            var text = string.Concat(document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
            Assert.Contains("115年1月14日", text, System.StringComparison.Ordinal);
            Assert.Contains("下午2時30分", text, System.StringComparison.Ordinal);
        }
        else if (command == "next")
        {
            var next = File.ReadAllText(folder.File("n.yaml"));
            Assert.Contains("date: 115年2月11日", next, System.StringComparison.Ordinal);
            Assert.Contains("１１５年度第2次", next, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chair_written_as_one_text_is_accepted_and_a_missing_file_is_explained_in_Chinese()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head + "chair: 陳建宏鄉長\n");

        Assert.Equal(0, Tool.Run(folder.Path, "validate", "m.yaml").ExitCode);
        var missing = Tool.Run(folder.Path, "validate", "missing.yaml");
        Assert.Contains("missing.yaml: error unreadable-file: 找不到這個檔案：請確認檔名（含副檔名 .yaml）與所在資料夾是否正確 (cannot read the file: ", missing.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_fix_applies_only_checked_fixes_and_the_next_lint_reports_what_is_left()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head + """
            chair: 陳建宏鄉長
            sections:
              - kind: reports
                items:
                  - title: 上次會議記錄確認
                    decision: 決議准予備查。
              - kind: proposals
                items:
                  - subject: 修正出勤記錄簿案
                    resolution: 決定：決議照案通過。
                  - subject: 新增預算案
                    explanation: 委員意見予以記錄。
            """ + "\n");

        var fixing = Tool.Run(folder.Path, "lint", "m.yaml", "--fix");
        var after = Tool.Run(folder.Path, "lint", "m.yaml");
        var text = File.ReadAllText(folder.File("m.yaml"));

        Assert.Contains("decision: 准予備查。", text, System.StringComparison.Ordinal);
        Assert.Contains("title: 上次會議紀錄確認", text, System.StringComparison.Ordinal);
        Assert.Contains("subject: 修正出勤紀錄簿案", text, System.StringComparison.Ordinal);
        Assert.Contains("resolution: 決定：決議照案通過。", text, System.StringComparison.Ordinal);
        Assert.Contains("委員意見予以記錄。", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("決定准予備查", text, System.StringComparison.Ordinal);
        Assert.Contains(after.Error.Trim(), fixing.Error, System.StringComparison.Ordinal);
        Assert.Contains("已修正 3 處", fixing.Error, System.StringComparison.Ordinal);
        Assert.Contains("m.yaml:15:21: warning decision-word:", after.Error, System.StringComparison.Ordinal);
        Assert.Contains("[sections[1].items[0].resolution", after.Error, System.StringComparison.Ordinal);
        Assert.Contains("m.yaml:16:9: warning missing-resolution:", after.Error, System.StringComparison.Ordinal);
        Assert.Contains("「新增預算案」尚無決議", after.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("record-noun", after.Error, System.StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }
}
