using System;
using System.IO;
using System.Linq;

namespace Minutes.Cli.Tests;

/// <summary>
/// A folder run processes every file whatever happens to one: the failed file is marked ✗ with a
/// bilingual internal-error line (no stack trace) and the run ends with exit 1.
/// </summary>
public class PerFileTests
{
    [Fact]
    public void An_unexpected_exception_is_reported_against_its_file_without_a_stack_trace()
    {
        var error = new StringWriter();
        var before = Console.Error;
        Console.SetError(error);
        try
        {
            var result = Messages.PerFile<bool>("b.yaml", () => throw new FormatException("The input string '１' was not in a correct format."), false);

            Assert.False(result);
        }
        finally
        {
            Console.SetError(before);
        }

        var line = error.ToString().Trim();
        Assert.Equal(
            "b.yaml: ✗ 內部錯誤 (internal error): FormatException: The input string '１' was not in a correct format. — 這是程式的錯誤，請連同檔案回報 (a bug in minutes; please report it with the file)",
            line);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_that_succeeds_returns_its_result() =>
        Assert.Equal(3, Messages.PerFile("a.yaml", () => 3, ExitCodes.Failed));

    // The newcomer's folder: six files, one dated with full-width digits, which once threw and
    // aborted the whole batch after one document.
    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("lint")]
    public void A_folder_run_processes_every_file(string command)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        var example = File.ReadAllText(Tool.Example("yilan-2017.yaml"));
        for (var i = 1; i <= 5; i++)
        {
            File.WriteAllText(folder.File($"in/m{i}.yaml"), example);
        }

        File.WriteAllText(folder.File("in/m6.yaml"), example.Replace("date: 106年7月18日", "date: １１５年１月１４日", StringComparison.Ordinal));

        var result = command == "render" ? Tool.Run(folder.Path, "render", "in", "-o", "out") : Tool.Run(folder.Path, command, "in");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        if (command == "render")
        {
            Assert.Equal(6, Directory.GetFiles(folder.File("out"), "*.docx").Length);
        }
    }

    // validate exited 1 without a word and lint exited 0 on a folder without meeting files.
    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("lint")]
    public void A_folder_without_meeting_files_is_a_failure_that_says_so(string command)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        File.WriteAllText(folder.File("in/notes.txt"), "agency: 宜蘭縣政府");
        Directory.CreateDirectory(folder.File("in/x.yaml"));

        var result = command == "render" ? Tool.Run(folder.Path, "render", "in", "-o", "out") : Tool.Run(folder.Path, command, "in");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("沒有找到會議資料檔（.yaml、.yml、.json） (no meeting files (.yaml, .yml, .json) found)", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }
}
