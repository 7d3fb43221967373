using Minutes.Templating.Tests.TestSupport;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace Minutes.Cli.Tests;

/// <summary>Every command of the real tool, run as a process, with good and bad input.</summary>
public class CommandTests
{
    private const string BrokenYaml = "agency: 宜蘭縣政府\nname: [未結束\n";

    [Fact]
    public void Version_prints_and_succeeds()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("lint")]
    [InlineData("new")]
    [InlineData("schema")]
    [InlineData("templates")]
    [InlineData("extract")]
    [InlineData("next")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var result = Tool.Run(Tool.RepositoryRoot, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example / 範例:", result.Output);
        Assert.Contains("minutes " + command, result.Output);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "a.yaml", "--format", "doc")]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("render", "a.yaml", "--bogus", "-o", "out.docx")]
    [InlineData("validate", "-x")]
    [InlineData("next")]
    [InlineData("next", "a.docx", "--date", "明天")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        var result = Tool.Run(Tool.RepositoryRoot, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage error", result.Error);
    }

    [Fact]
    public void Validate_accepts_the_examples()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "validate", "templates/examples");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("yilan-2017.yaml: 正確 (valid)", result.Output);
    }

    [Fact]
    public void Validate_reports_located_bilingual_errors()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.yaml"), "agency: 宜蘭縣政府\nname: 會報\ndate: 106-02-30\n");

        var result = Tool.Run(folder.Path, "validate", "bad.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.yaml:3:7: error invalid-date: 「106-02-30」不是有效的日期", result.Error);
        Assert.Contains("is not a valid date", result.Error);
        Assert.Contains("missing-field", result.Error);
    }

    [Fact]
    public void Validate_reads_standard_input()
    {
        var result = Tool.RunWith(Tool.RepositoryRoot, "{ \"agency\": 1 }", null, "validate", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:1:13: error wrong-type", result.Error);
    }

    [Fact]
    public void New_writes_a_starter_that_validates()
    {
        using var folder = new TempFolder();

        var created = Tool.Run(folder.Path, "new", "-o", "meeting.yaml");
        var validated = Tool.Run(folder.Path, "validate", "meeting.yaml");
        var again = Tool.Run(folder.Path, "new", "-o", "meeting.yaml");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("# 會議資料檔", File.ReadAllText(folder.File("meeting.yaml")));
        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Error);
    }

    [Fact]
    public void Schema_is_json_with_chinese_descriptions()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "schema");

        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Contains("機關全銜", result.Output);
    }

    [Fact]
    public void Templates_lists_the_three_built_ins()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "templates");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "notice", "sign-in", "minutes" }, result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void Render_writes_a_valid_deterministic_document_and_extract_gives_the_meeting_back()
    {
        using var folder = new TempFolder();
        var input = Tool.Example("yilan-2017.yaml");

        var first = Tool.Run(folder.Path, "render", input, "-o", "a.docx");
        var second = Tool.Run(folder.Path, "render", input, "-o", "b.docx");
        var extracted = Tool.Run(folder.Path, "extract", "a.docx", "--format", "json", "-o", "back.json");
        var revalidated = Tool.Run(folder.Path, "validate", "back.json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(File.ReadAllBytes(folder.File("a.docx")), File.ReadAllBytes(folder.File("b.docx")));
        using (var document = Docx.Open(File.ReadAllBytes(folder.File("a.docx"))))
        {
            document.AssertValid();
            Assert.Contains("賴秘書長錫祿", document.MainDocumentPart.Document!.InnerText);
        }

        Assert.True(extracted.ExitCode == 0, extracted.ToString());
        Assert.True(revalidated.ExitCode == 0, revalidated.ToString());
    }

    [Theory]
    [InlineData("notice")]
    [InlineData("sign-in")]
    public void Render_uses_the_chosen_built_in_template(string template)
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, "render", Tool.Example("yilan-2017.yaml"), "-t", template, "-o", "out.docx");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(new FileInfo(folder.File("out.docx")).Length > 1000);
    }

    [Fact]
    public void Render_defaults_to_beside_the_input()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));

        var result = Tool.Run(folder.Path, "render", "m.yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(folder.File("m.docx")));
    }

    [Fact]
    public void A_failed_render_keeps_the_existing_output_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.yaml"), BrokenYaml);
        File.WriteAllText(folder.File("bad.docx"), "the good old document");

        var result = Tool.Run(folder.Path, "render", "bad.yaml", "-o", "bad.docx");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+: error syntax", result.Error);
        Assert.Equal("the good old document", File.ReadAllText(folder.File("bad.docx")));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void A_missing_template_is_reported()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "render", Tool.Example("yilan-2017.yaml"), "-t", "no-such.docx", "-o", "/tmp/unused.docx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such.docx: 找不到範本", result.Error);
    }

    [Fact]
    public void Pdf_without_libreoffice_names_the_debian_package()
    {
        using var folder = new TempFolder();

        var result = Tool.RunWith(folder.Path, null, "/nonexistent", "render", Tool.Example("yilan-2017.yaml"), "--format", "pdf", "-o", "x.pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("libreoffice-writer", result.Error);
        Assert.False(File.Exists(folder.File("x.pdf")));
    }

    [Fact]
    public void Fifty_inputs_render_in_one_call_and_one_broken_input_does_not_stop_the_others()
    {
        using var folder = new TempFolder();
        var inputs = Directory.CreateDirectory(folder.File("in")).FullName;
        var seed = File.ReadAllText(Tool.Example("yilan-2017.yaml"));
        for (var i = 1; i <= 50; i++)
        {
            File.WriteAllText(Path.Combine(inputs, $"m{i:00}.yaml"), i == 17 ? BrokenYaml : seed);
        }

        var result = Tool.Run(folder.Path, "render", "in", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(49, Directory.GetFiles(folder.File("out"), "*.docx").Length);
        Assert.Matches(@"m17\.yaml:\d+:\d+: error syntax", result.Error);
        Assert.Contains("[50/50]", result.Error);
        Assert.Matches(@"完成：49 份成功，1 份失敗，費時 \d+ (毫秒|秒|分)[^()]* \(done: 49 documents written, 1 failed, in \d+ (millisecond|second|minute)[^()]*\)", result.Error);
    }

    [Fact]
    public void Lint_reports_the_seed_recorder_label_and_nothing_else()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "lint", "templates/examples/yilan-2017.yaml");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("yilan-2017.yaml:22:18: warning recorder-label", line);
    }

    [Fact]
    public void Lint_fix_rewrites_values_in_place_keeping_comments()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(Tool.Example("yilan-2017.yaml"));
        File.WriteAllText(folder.File("m.yaml"), original.Replace("准予備查，餘依主席裁示辦理。", "決議：准予備查,餘依主席裁示辦理。"));

        var result = Tool.Run(folder.Path, "lint", "m.yaml", "--fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        var fixedText = File.ReadAllText(folder.File("m.yaml"));
        Assert.Contains("# 宜蘭縣政府 106年度第1次兒童及少年性剝削防制督導會報會議紀錄", fixedText);
        Assert.Contains("recorderLabel: 紀錄", fixedText);
        Assert.Contains("准予備查，餘依主席裁示辦理。", fixedText);
        Assert.DoesNotContain("決議：准予備查", fixedText);
        Assert.Equal(original.Split('\n').Length, fixedText.Split('\n').Length);
        Assert.Contains("符合格式規範 (no findings)", result.Output);
    }

    [Fact]
    public void Lint_errors_exit_1()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), File.ReadAllText(Tool.Example("yilan-2017.yaml")).Replace("end: 下午2時30分", "end: 下午1時"));

        var result = Tool.Run(folder.Path, "lint", "m.yaml");

        Assert.Equal(1, result.ExitCode);
    }
}
