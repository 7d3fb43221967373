namespace Minutes.Cli.Tests;

/// <summary>Mistakes on the command line: Chinese first with what to do, exit 2, never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "render" }, "命令列錯誤：「render」要接著寫檔名，例如 minutes render 會議.yaml")]
    [InlineData(new[] { "rendr", "m.yaml" }, "命令列錯誤：不認得「rendr」；命令有 render、validate、lint、new、schema、templates、extract、next、bench")]
    [InlineData(new[] { "render", "m.yaml", "--format" }, "命令列錯誤：選項「--format」後面要接一個值")]
    [InlineData(new[] { "render", "m.yaml", "--format", "doc" }, "命令列錯誤：不認得「doc」，只能寫：docx、pdf、odt")]
    [InlineData(new[] { "render", "m.yaml", "-o", "a.docx", "-o", "b.docx" }, "命令列錯誤：選項「-o」只能寫一次、接一個值")]
    [InlineData(new[] { "bench", "m.yaml", "-n", "abc" }, "命令列錯誤：選項「--iterations」的值「abc」格式不對")]
    [InlineData(new[] { "bench", "m.yaml", "-n", "0" }, "命令列錯誤：份數至少為 1")]
    public void A_usage_error_is_explained_in_chinese_first(string[] arguments, string chinese)
    {
        using var folder = new TempFolder();

        var result = Tool.Run(folder.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(chinese + " (usage error: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Contains("請用 minutes --help 查看用法", result.Error);
    }
}
