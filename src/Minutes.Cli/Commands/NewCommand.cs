using System;
using System.CommandLine;
using System.IO;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes new</c>: a commented starter meeting file that validates as written.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to create (default: standard output) / 要建立的檔案",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace an existing file / 覆寫既有檔案",
        };
        var command = new Command("new", """
            Write a commented starter meeting file (comments in Chinese). 產生附中文註解之會議資料範本檔。

            Example / 範例:
              minutes new -o meeting.yaml
            """);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            using var resource = typeof(NewCommand).Assembly.GetManifestResourceStream("starter.yaml")!;
            using var reader = new StreamReader(resource);
            var text = reader.ReadToEnd();
            var path = parse.GetValue(output);
            if (path is null)
            {
                Console.Out.Write(text);
                return ExitCodes.Success;
            }

            if (File.Exists(path) && !parse.GetValue(force))
            {
                Messages.Error(path, "檔案已存在；如要覆寫請加 --force", "the file exists; add --force to replace it");
                return ExitCodes.Failed;
            }

            if (!OutputGuard.Write(path, text))
            {
                return ExitCodes.Failed;
            }

            Messages.Info($"已建立 {path}", $"created {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
