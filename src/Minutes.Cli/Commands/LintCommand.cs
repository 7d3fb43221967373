using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes lint</c>: official-format convention checks, with unambiguous fixes on request.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var inputs = (new Argument<string[]>("input")
        {
            Description = "Meeting files or folders of them / 會議資料檔或資料夾",
            Arity = ArgumentArity.OneOrMore,
        }).RefusingUnknownOptions();
        var fix = new Option<bool>("--fix")
        {
            Description = "Rewrite the files with the unambiguous fixes, keeping comments and layout / 直接修正檔案（保留註解與排版）",
        };
        var command = new Command("lint", """
            Check official-format conventions (紀錄 not 記錄, 決定/決議, full-width punctuation …). 檢查公文用語與格式。

            Example / 範例:
              minutes lint templates/examples/yilan-2017.yaml
              minutes lint meeting.yaml --fix
            """);
        command.Arguments.Add(inputs);
        command.Options.Add(fix);
        command.SetAction(parse =>
        {
            var files = InputFiles.Expand(parse.GetValue(inputs)!);
            if (InputFiles.NoneFound(files))
            {
                return ExitCodes.Failed;
            }

            var exit = ExitCodes.Success;
            foreach (var file in files)
            {
                exit = Math.Max(exit, Messages.PerFile(file, () => Lint(file, parse.GetValue(fix)), ExitCodes.Failed));
            }

            return exit;
        });
        return command;
    }

    private static int Lint(string file, bool fix)
    {
        var read = InputFiles.Read(file);
        Messages.Diagnostics(read.Diagnostics);
        if (!read.Succeeded)
        {
            return ExitCodes.Failed;
        }

        var findings = new ConventionChecker().Check(read.Meeting!, read.Locate);
        if (fix && file != InputFiles.StandardInput && findings.Any(f => f.Fix is not null))
        {
            var fixedRead = FixFile(file, read);
            if (fixedRead is null)
            {
                return ExitCodes.Failed;
            }

            findings = new ConventionChecker().Check(fixedRead.Meeting!, fixedRead.Locate);
        }

        Messages.Diagnostics(findings);
        if (findings.Count == 0)
        {
            Messages.Line(Console.Out, $"{file}: 符合格式規範 (no findings)");
        }

        return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>
    /// Applies fixes pass by pass (two fixes of one value cannot be applied from the same
    /// reading), re-reading the text each time, then writes the file once.
    /// </summary>
    private static MeetingReadResult? FixFile(string file, MeetingReadResult read)
    {
        const int MaxPasses = 5;
        var text = File.ReadAllText(file);
        var applied = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = new ConventionChecker().Check(read.Meeting!, read.Locate)
                .Where(f => f.Fix is not null).Select(f => f.Fix!)
                .GroupBy(f => f.Path).Select(g => g.First()).ToList();
            if (fixes.Count == 0)
            {
                break;
            }

            var (fixedText, skipped) = SourceFixer.Apply(text, read, fixes);
            var check = MeetingReader.Read(fixedText, file, MeetingReader.FormatOf(file));
            if (!check.Succeeded)
            {
                Messages.Error(file, "修正後檔案無法讀取，未寫入任何變更", "the fixed file would not read back; nothing was written");
                Messages.Diagnostics(check.Diagnostics);
                return null;
            }

            foreach (var left in skipped)
            {
                Messages.Error($"{file} [{left.Path}]", "此處無法就地修正，請手動修改", "cannot be fixed in place; edit it by hand");
            }

            applied += fixes.Count - skipped.Count;
            (text, read) = (fixedText, check);
            if (skipped.Count == fixes.Count)
            {
                break;
            }
        }

        if (!OutputGuard.Write(file, text))
        {
            return null;
        }

        Messages.Info($"{file}：已修正 {applied} 處", $"{file}: {Humanized.Count(applied, "finding")} fixed");
        return read;
    }
}
