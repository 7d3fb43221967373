using System;
using System.Collections.Generic;
using System.CommandLine;
using Minutes.Templating.BuiltIn;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes templates</c>: list the built-in templates.</summary>
internal static class TemplatesCommand
{
    /// <summary>What each built-in template gives the clerk, in Chinese (the library's descriptions are English).</summary>
    private static readonly Dictionary<string, string> ChineseDescriptions = new(StringComparer.Ordinal)
    {
        ["notice"] = "開會通知單：開會事由、時間、地點、主持人、出（列）席者、聯絡人、副本、備註（資料填在 notice: 下）",
        ["sign-in"] = "簽到表：出席、列席分表，每人一列，請假者於備註註明，末附空白列",
        ["minutes"] = "會議紀錄：正式公文格式，議程依序編為壹、貳、參",
    };
    public static Command Create()
    {
        var command = new Command("templates", """
            List the built-in templates. 列出內建範本。

            Example / 範例:
              minutes templates
              minutes render meeting.yaml -t notice -o 開會通知單.docx
            """);
        command.SetAction(_ =>
        {
            foreach (var template in BuiltInTemplates.All)
            {
                var zh = ChineseDescriptions.TryGetValue(template.Name, out var description) ? description : template.Title;
                Console.Out.WriteLine($"{template.Name,-10} {template.Title}\t{zh} ({template.Description})");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
