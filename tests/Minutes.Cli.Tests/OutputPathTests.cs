using System.IO;

namespace Minutes.Cli.Tests;

/// <summary>
/// An -o that cannot be written (a folder, or a file in a folder that does not exist) is a located
/// bilingual message naming the path the clerk gave, exit 1, nothing written; never a stack trace.
/// </summary>
public class OutputPathTests
{
    [Theory]
    [InlineData("new", "missing/x.yaml", "資料夾「")]
    [InlineData("new", "existing", "這是一個資料夾，不是檔案")]
    [InlineData("next", "missing/x.yaml", "資料夾「")]
    [InlineData("next", "existing", "這是一個資料夾，不是檔案")]
    [InlineData("render", "missing/x.docx", "資料夾「")]
    [InlineData("extract", "missing/x.yaml", "資料夾「")]
    [InlineData("extract", "existing", "這是一個資料夾，不是檔案")]
    public void An_output_that_cannot_be_written_is_explained(string command, string output, string expected)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("existing"));
        File.Copy(Tool.Example("yilan-2017.yaml"), folder.File("m.yaml"));
        if (command == "extract")
        {
            Assert.Equal(0, Tool.Run(folder.Path, "render", "m.yaml", "-o", "m.docx").ExitCode);
        }

        var result = command switch
        {
            "new" => Tool.Run(folder.Path, "new", "-o", output),
            "extract" => Tool.Run(folder.Path, "extract", "m.docx", "-o", output),
            _ => Tool.Run(folder.Path, command, "m.yaml", "-o", output),
        };

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{output}: {expected}", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("無法讀取", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, System.StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("missing")));
        Assert.Empty(Directory.GetFileSystemEntries(folder.File("existing")));
    }

    [Fact]
    public void Extract_of_a_file_that_is_not_a_document_names_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("minutes.pdf"), "%PDF-1.4\n");

        var result = Tool.Run(folder.Path, "extract", "minutes.pdf");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("minutes.pdf: error template-package: ", result.Error, System.StringComparison.Ordinal);
    }
}
