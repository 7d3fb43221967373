using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Minutes.Cli.Tests;

/// <summary>
/// No command writes over one of its own inputs, a batch never writes two inputs onto one
/// output, a replaced output keeps its permissions, fixes land on the right characters and
/// control characters from an input never reach the terminal raw.
/// </summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void Render_onto_its_own_input_is_refused_before_writing()
    {
        using var folder = new TempFolder();
        var meeting = folder.File("m.yaml");
        File.Copy(Tool.Example("yilan-2017.yaml"), meeting);
        var before = File.ReadAllBytes(meeting);

        var result = Tool.Run(folder.Path, "render", "m.yaml", "-o", "m.yaml");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("m.yaml: 輸出檔就是這個指令的輸入檔", result.Error);
        Assert.Contains("the output is an input of this command", result.Error);
        Assert.Equal(before, File.ReadAllBytes(meeting));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Render_onto_its_template_or_through_a_link_is_refused()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        Assert.Equal(0, Tool.Run(folder.Path, "render", "m.yaml", "-o", "t.docx").ExitCode);
        var template = File.ReadAllBytes(folder.File("t.docx"));
        File.CreateSymbolicLink(folder.File("link.yaml"), folder.File("m.yaml"));

        var onTemplate = Tool.Run(folder.Path, "render", "m.yaml", "-t", "t.docx", "-o", "./t.docx");
        var throughLink = Tool.Run(folder.Path, "render", "link.yaml", "-o", "m.yaml");

        Assert.True(onTemplate.ExitCode == 1, onTemplate.ToString());
        Assert.Contains("the output is an input of this command (t.docx)", onTemplate.Error);
        Assert.Equal(template, File.ReadAllBytes(folder.File("t.docx")));
        Assert.True(throughLink.ExitCode == 1, throughLink.ToString());
        Assert.Contains("the output is an input of this command (link.yaml)", throughLink.Error);
        Assert.Equal(File.ReadAllBytes(Tool.Example("yilan-2017.yaml")), File.ReadAllBytes(folder.File("m.yaml")));
    }

    [Fact]
    public void Extract_onto_its_document_is_refused()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        Assert.Equal(0, Tool.Run(folder.Path, "render", "m.yaml", "-o", "d.docx").ExitCode);
        var document = File.ReadAllBytes(folder.File("d.docx"));

        var result = Tool.Run(folder.Path, "extract", "d.docx", "-o", "d.docx");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("the output is an input of this command", result.Error);
        Assert.Equal(document, File.ReadAllBytes(folder.File("d.docx")));
    }

    [Fact]
    public void Inputs_with_one_output_name_are_refused_before_writing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        var yaml = File.ReadAllText(Tool.Example("yilan-2017.yaml"));
        File.WriteAllText(folder.File("in/a.yaml"), yaml);
        File.WriteAllText(folder.File("in/a.yml"), yaml);
        File.WriteAllText(folder.File("in/b.yaml"), yaml);

        var result = Tool.Run(folder.Path, "render", "in", "-o", "out/");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("2 inputs (in/a.yaml, in/a.yml) would be written to this one output", result.Error);
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFileSystemEntries(folder.File("out")).Any());
    }

    [Fact]
    public void A_replaced_output_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        File.WriteAllText(folder.File("o.docx"), "previous");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(folder.File("o.docx"), mode);

        var result = Tool.Run(folder.Path, "render", "m.yaml", "-o", "o.docx");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(mode, File.GetUnixFileMode(folder.File("o.docx")));
    }

    [Fact]
    public void A_read_only_output_is_refused_not_replaced()
    {
        using var folder = new TempFolder();
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        File.WriteAllText(folder.File("o.docx"), "previous");
        File.SetAttributes(folder.File("o.docx"), FileAttributes.ReadOnly);

        var result = Tool.Run(folder.Path, "render", "m.yaml", "-o", "o.docx");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("o.docx: 無法寫入這個檔案（沒有寫入權限）；什麼都沒有寫入", result.Error);
        Assert.Contains("is read-only", result.Error);
        Assert.Equal("previous", File.ReadAllText(folder.File("o.docx")));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
        File.SetAttributes(folder.File("o.docx"), FileAttributes.Normal);
    }

    [Fact]
    public void Lint_fix_leaves_a_read_only_meeting_file_as_it_was()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Tool.Example("yilan-2017.yaml")).Replace("准予備查，餘依主席裁示辦理。", "准予備查,餘依主席裁示辦理。");
        File.WriteAllText(folder.File("m.yaml"), text);
        File.SetAttributes(folder.File("m.yaml"), FileAttributes.ReadOnly);

        var result = Tool.Run(folder.Path, "lint", "m.yaml", "--fix");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("m.yaml: 無法寫入這個檔案（沒有寫入權限）；什麼都沒有寫入", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.Equal(text, File.ReadAllText(folder.File("m.yaml")));
        File.SetAttributes(folder.File("m.yaml"), FileAttributes.Normal);
    }

    [Fact]
    public void Lint_fix_lands_on_the_value_after_characters_outside_the_BMP_in_one_line_json()
    {
        using var folder = new TempFolder();
        var yaml = File.ReadAllText(Tool.Example("yilan-2017.yaml"))
            .Replace("准予備查，餘依主席裁示辦理。", "決議：准予備查,餘依主席裁示辦理。");
        File.WriteAllText(folder.File("m.yaml"), yaml);
        var read = Minutes.Templating.Input.MeetingReader.ReadFile(folder.File("m.yaml"));
        Assert.True(read.Succeeded);
        var json = JsonNode.Parse(Minutes.Templating.Input.MeetingWriter.ToJson(read.Meeting!))!;
        json["location"] = "𠀀𠀁𠀂" + (string)json["location"]!;
        var text = json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain('\n', text);
        File.WriteAllText(folder.File("m.json"), text);

        var result = Tool.Run(folder.Path, "lint", "m.json", "--fix");

        var fixedText = File.ReadAllText(folder.File("m.json"));
        var reread = JsonNode.Parse(fixedText)!;
        Assert.Equal((string)json["location"]!, (string)reread["location"]!);
        Assert.Contains("准予備查，餘依主席裁示辦理。", fixedText);
        Assert.DoesNotContain("決議：准予備查", fixedText);
        Assert.True(Tool.Run(folder.Path, "validate", "m.json").ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Control_characters_from_an_input_are_escaped_in_messages()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), File.ReadAllText(Tool.Example("yilan-2017.yaml"))
            .Replace("start: 下午1時30分", "start: \"\\e[31m下午\\0\""));

        var result = Tool.Run(folder.Path, "validate", "m.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u0000', result.Error);
        Assert.Contains("\\u001B", result.Error);
    }

    [Fact]
    public void Bidirectional_overrides_from_an_input_are_escaped_in_messages()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), File.ReadAllText(Tool.Example("yilan-2017.yaml")) + "\n\"evil\u202Excod.exe\u2066\": 1\n");

        var result = Tool.Run(folder.Path, "validate", "m.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u202E', result.Error);
        Assert.DoesNotContain('\u2066', result.Error);
        Assert.Contains("evil\\u202Excod.exe\\u2066", result.Error);
    }
}
