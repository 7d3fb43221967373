using Minutes.Templating.Diagnostics;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Minutes.Templating;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Input;
using Minutes.Templating.Validation;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes render</c>: meeting files to .docx, PDF or ODT.</summary>
internal static class RenderCommand
{
    private static readonly string[] Formats = { "docx", "pdf", "odt" };

    public static Command Create()
    {
        var inputs = (new Argument<string[]>("input")
        {
            Description = "Meeting files (.yaml/.yml/.json), folders of them, or - for standard input / 會議資料檔、資料夾，或 - 表示標準輸入",
            Arity = ArgumentArity.OneOrMore,
        }).RefusingUnknownOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Output file, or folder for several inputs, or - for standard output (default: beside each input) / 輸出檔或資料夾，- 為標準輸出",
        };
        var template = new Option<string>("--template", "-t")
        {
            Description = "Built-in template (minutes, notice, sign-in) or a .docx template / 內建範本名稱或 .docx 範本路徑",
            DefaultValueFactory = _ => "minutes",
        };
        var format = new Option<string?>("--format")
        {
            Description = "docx, pdf or odt (default: the output file's extension, else docx; pdf and odt need LibreOffice) / 輸出格式（未指定時依輸出檔副檔名，否則為 docx）",
        };
        format.AcceptOnlyFromAmong(Formats);

        var command = new Command("render", """
            Render meetings into official documents. 將會議資料產生為公文格式文件。

            Example / 範例:
              minutes render templates/examples/yilan-2017.yaml -o minutes.docx
              minutes render meeting.yaml -o minutes.pdf
              minutes render meetings/ -o out/ --format pdf
            """);
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(template);
        command.Options.Add(format);
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(template)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(string[] arguments, string? output, string templateName, string? requestedFormat)
    {
        var files = InputFiles.Expand(arguments);
        if (InputFiles.NoneFound(files))
        {
            return ExitCodes.Failed;
        }

        // "-o -" is standard output, as "-" is standard input; a file named "-" is never what was meant.
        var toStandardOutput = output == "-";
        if (toStandardOutput && files.Count > 1)
        {
            Messages.Error("輸出到標準輸出（-o -）時只能有一個輸入", "standard output (-o -) takes one input only");
            return ExitCodes.Usage;
        }

        var toFolder = output is not null && !toStandardOutput && (files.Count > 1 || Directory.Exists(output)
            || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar));
        if (output is null && files.Contains(InputFiles.StandardInput) && files.Count > 1)
        {
            Messages.Error("從標準輸入讀取時只能有一個輸入", "standard input cannot be combined with other inputs");
            return ExitCodes.Usage;
        }

        var inputs = files.Where(f => f != InputFiles.StandardInput).ToList();
        if (BuiltInTemplates.Find(templateName) is null && File.Exists(templateName))
        {
            inputs.Add(templateName);
        }

        // Replacing an input is the worse mistake: say so before any complaint about the name.
        if (!toFolder && output is not null && !OutputGuard.NotAnInput(output, inputs))
        {
            return ExitCodes.Failed;
        }

        var format = OutputFormat(toFolder ? null : output, requestedFormat);
        if (format is null)
        {
            return ExitCodes.Usage;
        }

        var soffice = format == "docx" ? null : DocumentConverter.FindSoffice();
        if (format != "docx" && soffice is null)
        {
            var (zh, en) = DocumentConverter.InstallHint();
            Messages.Error(
                $"輸出 {format} 需要 LibreOffice，但找不到 soffice；{zh}",
                $"{format} output needs LibreOffice, and soffice was not found: {en}");
            return ExitCodes.Failed;
        }

        var targets = files.Select(file => (Input: file, Output: toStandardOutput ? null : Target(file, output, toFolder, format))).ToList();
        if (!OutputGuard.NoCollisions(targets) || !targets.All(t => t.Output is null || OutputGuard.NotAnInput(t.Output, inputs)))
        {
            return ExitCodes.Failed;
        }

        // The first meeting file is read while the template compiles: for one small meeting both
        // are mostly the JIT's first pass over their code, and a second core does one of them.
        // Its messages are still printed in order, when it is rendered.
        var firstRead = Task.Run(() => InputFiles.Read(files[0]));
        var template = TemplateResolver.Resolve(templateName);
        if (template is null)
        {
            return ExitCodes.Failed;
        }

        if (toFolder)
        {
            Directory.CreateDirectory(output!);
        }

        var clock = Stopwatch.StartNew();
        var progress = new Progress(files.Count);
        var failed = new ConcurrentBag<string>();
        Parallel.ForEach(targets, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
        {
            var (file, target) = pair;
            var read = file == files[0] ? firstRead : null;
            if (Messages.PerFile(file, () => RenderOne(file, target, template, format, soffice, read), false))
            {
                progress.Advance($"{file} → {target ?? "<stdout>"}");
            }
            else
            {
                failed.Add(file);
                progress.Advance($"{file} ✗");
            }
        });

        if (files.Count > 1 || !failed.IsEmpty)
        {
            var (written, elapsed) = (files.Count - failed.Count, clock.Elapsed);
            Messages.Info(
                $"完成：{written} 份成功，{failed.Count} 份失敗，費時 {Humanized.Duration(elapsed, Humanized.Chinese)}",
                $"done: {Humanized.Count(written, "document")} written, {failed.Count} failed, in {Humanized.Duration(elapsed, Humanized.English)}");
        }

        return failed.IsEmpty ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static bool RenderOne(string file, string? target, MinutesTemplate template, string format, string? soffice, Task<MeetingReadResult>? early)
    {
        var read = early?.GetAwaiter().GetResult() ?? InputFiles.Read(file);
        Messages.Diagnostics(read.Diagnostics);
        if (!read.Succeeded)
        {
            return false;
        }

        try
        {
            var docx = template.RenderToBytes(read.Meeting!);
            var bytes = format == "docx" ? docx : DocumentConverter.Convert(soffice!, docx, format);
            if (target is null)
            {
                using var stdout = StandardOutput.Open();
                stdout.Write(bytes);
                stdout.Flush();
            }
            else
            {
                return OutputGuard.Write(target, bytes);
            }

            return true;
        }
        catch (TemplateException e)
        {
            RenderErrors.Report(e, file);
        }
        catch (InvalidMeetingException e)
        {
            RenderErrors.Report(e, read);
        }
        catch (ConversionException e)
        {
            Messages.Error(file, e.MessageZh, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Messages.Error(target ?? "-", $"無法寫入：{e.Message}", $"cannot write: {e.Message}");
        }

        return false;
    }

    /// <summary>
    /// The format to write: <paramref name="requested"/> (--format) when given, else the one the
    /// output file's extension names (.docx, .pdf, .odt), else docx. Null, after saying so, when
    /// --format contradicts the extension or the extension names another format (.doc, .txt):
    /// a Word file named .pdf or .doc is never what was meant.
    /// </summary>
    private static string? OutputFormat(string? outputFile, string? requested)
    {
        var extension = outputFile is null ? "" : Path.GetExtension(outputFile).TrimStart('.').ToLowerInvariant();
        if (extension.Length > 0 && !Formats.Contains(extension))
        {
            Messages.Error(
                outputFile!,
                $"輸出檔的副檔名 .{extension} 不是本工具能寫的格式；請改為 .docx（Word）、.pdf 或 .odt",
                $"usage error: the output file ends in .{extension}, which this tool does not write: name it .docx, .pdf or .odt");
            return null;
        }

        var named = extension.Length > 0 ? extension : null;
        if (requested is null || named is null || requested == named)
        {
            return requested ?? named ?? "docx";
        }

        Messages.Error(
            outputFile!,
            $"輸出檔的副檔名是 .{named}，但 --format 指定為 {requested}；請把輸出檔改名為 {Path.ChangeExtension(Path.GetFileName(outputFile!), requested)}，或省略 --format（依副檔名產生 {named}）",
            $"usage error: the output file ends in .{named} but --format is {requested}: name the output .{requested}, or leave out --format to write {named}");
        return null;
    }

    private static string? Target(string file, string? output, bool toFolder, string format)
    {
        if (output is not null && !toFolder)
        {
            return output;
        }

        if (file == InputFiles.StandardInput)
        {
            return toFolder ? Path.Combine(output!, "meeting." + format) : null;
        }

        var name = Path.ChangeExtension(Path.GetFileName(file), format);
        return toFolder ? Path.Combine(output!, name) : Path.ChangeExtension(file, format);
    }
}
