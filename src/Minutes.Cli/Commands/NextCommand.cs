using System;
using System.CommandLine;
using System.IO;
using Minutes.Templating;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes next</c>: the next meeting's file from the last one (its rendered .docx or its
/// meeting file), with the follow-up table (列管) carried; see <see cref="NextMeeting"/>.
/// </summary>
internal static class NextCommand
{
    public static Command Create()
    {
        var input = (new Argument<string>("previous") { Description = "The last meeting: a .docx rendered by minutes, or its YAML/JSON file / 上次會議之 .docx 或會議資料檔" }).RefusingUnknownOptions();
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output) / 輸出檔" };
        var date = new Option<string?>("--date") { Description = "The next meeting's date, such as 115-01-14 or 2026-01-14 / 下次開會日期" };
        var force = new Option<bool>("--force") { Description = "Replace an existing file / 覆寫既有檔案" };
        var command = new Command("next", """
            Prepare the next meeting's file from the last one: same body and attendance, session
            advanced, and a follow-up table (上次會議決議（定）事項辦理情形) with one row per decision,
            resolution and ruling (主席裁示), plus the rows kept open (繼續列管). A --date earlier
            than the last meeting's is refused.
            由上次會議紀錄（.docx 或會議資料檔）產生下次會議資料檔，並帶入列管事項：上次每一則決定、
            決議及主席裁示各一列；--date 早於上次會議日期時不產生檔案。

            Example / 範例:
              minutes next 第1次會議紀錄.docx --date 115-01-14 -o next.yaml
            """);
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(date);
        command.Options.Add(force);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(date), parse.GetValue(force)));
        return command;
    }

    private static int Run(string path, string? output, string? dateText, bool force)
    {
        if (output is not null && !OutputGuard.NotAnInput(output, [path]))
        {
            return ExitCodes.Failed;
        }

        if (output is not null && File.Exists(output) && !force)
        {
            Messages.Error(output, "檔案已存在；如要覆寫請加 --force", "the file exists; add --force to replace it");
            return ExitCodes.Failed;
        }

        DateTime? date = null;
        if (dateText is not null)
        {
            if (!RocDate.TryParse(dateText, out var parsed))
            {
                Messages.Error($"--date「{dateText}」不是有效的日期：請寫成民國年 115-01-14、115年1月14日，或西元 2026-01-14",
                    $"usage error: --date '{dateText}' is not a valid date: write 115-01-14, 115年1月14日 or 2026-01-14");
                return ExitCodes.Usage;
            }

            date = parsed;
        }

        var previous = Read(path);
        if (previous is null)
        {
            return ExitCodes.Failed;
        }

        // A next meeting before the last one is a mistyped date (or the wrong file): refused, so no
        // file with a wrongly advanced session is written.
        if (date < previous.Date)
        {
            Messages.Error(path, $"--date {date.Value.ToRocDate()} 早於上次會議日期 {previous.Date.ToRocDate()}；請確認下次開會日期或上次會議檔案",
                FormattableString.Invariant($"--date {date.Value:yyyy-MM-dd} is earlier than the last meeting's date {previous.Date:yyyy-MM-dd}; check the next date or the last meeting's file"));
            return ExitCodes.Usage;
        }

        // JSON for a .json output (the YAML's guiding comments cannot go there), YAML otherwise.
        var next = NextMeeting.From(previous, date);
        var text = output is not null && MeetingReader.FormatOf(output) == InputFormat.Json
            ? MeetingWriter.ToJson(next)
            : NextMeeting.ToYaml(next, Path.GetFileName(path));
        if (output is null)
        {
            Console.Out.Write(text);
        }
        else if (!OutputGuard.Write(output, text))
        {
            return ExitCodes.Failed;
        }
        else
        {
            Messages.Info($"已建立 {output}：請填寫開會日期、各列管事項之辦理情形及本次議程", $"created {output}: fill in the date, each row's 辦理情形 and the agenda");
        }

        return ExitCodes.Success;
    }

    /// <summary>The last meeting, from the data embedded in a .docx or from a meeting file; null after reporting why not.</summary>
    private static Meeting? Read(string path)
    {
        try
        {
            if (string.Equals(Path.GetExtension(path), ".docx", StringComparison.OrdinalIgnoreCase))
            {
                var meeting = MinutesTemplate.Extract(path);
                if (meeting is null)
                {
                    Messages.Error(path, "此文件沒有內嵌會議資料（不是由本工具產生）；請改用其會議資料檔", "this document carries no meeting data (not rendered by minutes); use its meeting file instead");
                }

                return meeting;
            }

            var result = InputFiles.Read(path);
            Messages.Diagnostics(result.Diagnostics);
            return result.Succeeded ? result.Meeting : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Messages.Error(path, $"無法讀取文件：{e.Message}", $"cannot read the document: {e.Message}");
        }
        catch (DiagnosticException e)
        {
            Messages.Diagnostics(e.Diagnostics);
        }

        return null;
    }
}
