using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Minutes.Cli;

/// <summary>
/// The command-line parser's English errors said in Chinese, so a clerk reads what to do;
/// the parser's own words stay in the English half of the message.
/// </summary>
internal static class UsageErrors
{
    private static readonly (Regex Pattern, string Chinese)[] Known =
    [
        (new(@"^Required argument missing for command: '(?<x>[^']+)'", RegexOptions.CultureInvariant), "命令列錯誤：「{x}」要接著寫檔名，例如 minutes {x} 會議.yaml"),
        (new(@"^Unrecognized command or argument '(?<x>[^']+)'", RegexOptions.CultureInvariant), "命令列錯誤：不認得「{x}」；命令有 {commands}"),
        (new(@"^Required command was not provided", RegexOptions.CultureInvariant), "命令列錯誤：請寫出要做的事，例如 minutes render 會議.yaml -o 會議紀錄.docx"),
        (new(@"^Option '(?<x>[^']+)' expects a single argument", RegexOptions.CultureInvariant), "命令列錯誤：選項「{x}」只能寫一次、接一個值"),
        (new(@"^Required argument missing for option: '(?<x>[^']+)'", RegexOptions.CultureInvariant), "命令列錯誤：選項「{x}」後面要接一個值"),
        (new(@"^Argument '(?<x>[^']*)' not recognized\. Must be one of:(?<y>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline), "命令列錯誤：不認得「{x}」，只能寫：{y}"),
        (new(@"^Cannot parse argument '(?<x>[^']*)' for option '(?<y>[^']+)'", RegexOptions.CultureInvariant), "命令列錯誤：選項「{y}」的值「{x}」格式不對"),
    ];

    /// <summary>The Chinese half of a usage error: a known parser message explained, otherwise a pointer to the help.</summary>
    /// <param name="english">The parser's message.</param>
    /// <param name="commands">The tool's command names, listed when the command is not known.</param>
    /// <returns>Chinese text without English words from the parser.</returns>
    public static string InChinese(string english, IEnumerable<string> commands)
    {
        // The tool's own validators write "English / 中文".
        var slash = english.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0)
        {
            return string.Concat("命令列錯誤：", english.AsSpan(slash + 3));
        }

        foreach (var (pattern, chinese) in Known)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                var choices = string.Join("、", match.Groups["y"].Value.Split(['\n', '\t', '\'', ' '], StringSplitOptions.RemoveEmptyEntries));
                return chinese.Replace("{x}", match.Groups["x"].Value).Replace("{y}", choices).Replace("{commands}", string.Join("、", commands));
            }
        }

        return "命令列寫法有誤";
    }
}
