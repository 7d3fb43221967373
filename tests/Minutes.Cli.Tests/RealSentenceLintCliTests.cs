using System.IO;

namespace Minutes.Cli.Tests;

/// <summary>
/// Issue 16 item 6 through the real tool: sentences of published minutes get no finding from
/// <c>minutes lint</c>, and <c>lint --fix</c> corrects the true breach beside a quoted name
/// without rewriting the name.
/// </summary>
public class RealSentenceLintCliTests
{
    private const string Head = "agency: 臺北市政府\nname: 都市計畫委員會\ndate: 100年11月24日\nstart: \"09:00\"\nlocation: 市政大樓8樓西南區本會委員會議室\nchair: 陳永仁\n";

    private const string RealSentences = """
        sections:
          - kind: announcements
            items:
              - 依立法院各委員會組織法第四條之一規定：「各委員會之議程,應由輪值召集委員決定之。」。
              - 本案係配合「2010年臺北好好看」系列計畫辦理，請都市發展局補充說明。
              - 本計畫區之歷史紋理參考1925年「臺灣堡圖」及日治時期地籍資料。
              - 第一案：照案通過。
          - kind: proposals
            items:
              - subject: 第一案至第三案併案審議，提請 委員會議審議。
                resolution: 第一案照案通過；第二案撤案。
        """;

    [Fact]
    public void Lint_reports_nothing_on_sentences_of_real_minutes()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head + RealSentences + "\n");

        var result = Tool.Run(folder.Path, "lint", "m.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error.Trim());
        Assert.Contains("m.yaml: 符合格式規範 (no findings)", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_fix_corrects_the_breach_beside_a_quoted_name_and_keeps_the_name()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.yaml"), Head + RealSentences + """

                  - subject: 本案自2017年起實施並依「2010年臺北好好看」辦理案
                    resolution: 依規定:「各委員會之議程,應由輪值召集委員決定之。」,請查照。
            """ + "\n");

        var before = Tool.Run(folder.Path, "lint", "m.yaml");
        var fixing = Tool.Run(folder.Path, "lint", "m.yaml", "--fix");
        var after = Tool.Run(folder.Path, "lint", "m.yaml");
        var text = File.ReadAllText(folder.File("m.yaml"));

        Assert.Contains("western-year: 公文日期應使用民國紀年：「本案自2017年起實施並…」", before.Error, System.StringComparison.Ordinal);
        Assert.Contains("half-width-punctuation: 中文內容應使用全形標點符號：「依規定:「各委員…」等 2 處", before.Error, System.StringComparison.Ordinal);
        Assert.Contains("已修正 2 處", fixing.Error, System.StringComparison.Ordinal);
        Assert.Contains("subject: 本案自106年起實施並依「2010年臺北好好看」辦理案", text, System.StringComparison.Ordinal);
        Assert.Contains("resolution: \"依規定：「各委員會之議程,應由輪值召集委員決定之。」，請查照。\"", text, System.StringComparison.Ordinal);
        Assert.Contains("參考1925年「臺灣堡圖」", text, System.StringComparison.Ordinal);
        Assert.Contains("- 第一案：照案通過。", text, System.StringComparison.Ordinal);
        Assert.Equal("", after.Error.Trim());
        Assert.Equal(0, after.ExitCode);
    }
}
