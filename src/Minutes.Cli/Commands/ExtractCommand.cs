using Minutes.Templating.Diagnostics;
using System;
using System.CommandLine;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating;
using Minutes.Templating.Input;
using Minutes.Templating.Validation;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes extract</c>: the meeting data embedded in a rendered document.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = (new Argument<string>("document") { Description = "A .docx rendered by minutes / 由本工具產生之 .docx" }).RefusingUnknownOptions();
        var format = new Option<string>("--format")
        {
            Description = "yaml or json / 輸出格式",
            DefaultValueFactory = _ => "yaml",
        };
        format.AcceptOnlyFromAmong("yaml", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output) / 輸出檔" };
        var command = new Command("extract", """
            Print the meeting data embedded in a rendered document. 取出文件內嵌之會議資料。

            Example / 範例:
              minutes extract minutes.docx --format json
            """);
        command.Arguments.Add(input);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string path, string format, string? output)
    {
        if (output is not null && !OutputGuard.NotAnInput(output, [path]))
        {
            return ExitCodes.Failed;
        }

        try
        {
            var meeting = MinutesTemplate.Extract(path);
            if (meeting is null)
            {
                Messages.Error(path, "此文件沒有內嵌會議資料（不是由本工具產生）", "this document carries no meeting data (not rendered by minutes)");
                return ExitCodes.Failed;
            }

            var text = format == "json" ? MeetingWriter.ToJson(meeting) : MeetingWriter.ToYaml(meeting);
            if (output is not null)
            {
                return OutputGuard.Write(output, text) ? ExitCodes.Success : ExitCodes.Failed;
            }

            try
            {
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
                using var stdout = StandardOutput.Open();
                stdout.Write(bytes, 0, bytes.Length);
                stdout.Flush();
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Messages.Error("-", $"無法寫入：{e.Message}", $"cannot write: {e.Message}");
                return ExitCodes.Failed;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Messages.Error(path, $"無法讀取文件：{e.Message}", $"cannot read the document: {e.Message}");
        }
        catch (TemplateException e)
        {
            // A problem of the whole package is placed at the file the clerk named, not at the
            // library's label for it ("document").
            Messages.Diagnostics(e.Diagnostics.Select(d => d with { Location = d.Location is { Line: > 0 } at ? at : new SourceLocation(path, 0, 0) }));
        }
        catch (InvalidMeetingException e)
        {
            Messages.Diagnostics(e.Diagnostics);
        }

        return ExitCodes.Failed;
    }
}
