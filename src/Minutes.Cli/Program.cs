using System;
using System.Collections.Generic;
using System.Linq;
using System.CommandLine;
using System.Text;
using Minutes.Cli;
using Minutes.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("""
    minutes: official Taiwanese government meeting minutes (會議紀錄) from YAML or JSON.
    將 YAML 或 JSON 會議資料產生為正式公文格式之會議紀錄、開會通知單及簽到表。

    Example / 範例:
      minutes new -o meeting.yaml
      minutes render meeting.yaml -o minutes.docx
    """);
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(LintCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(TemplatesCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(NextCommand.Create());
root.Subcommands.Add(BenchCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Messages.Error(UsageErrors.InChinese(error.Message, Names(root)), "usage error: " + error.Message);
    }

    Messages.Info("請用 minutes --help 查看用法", "run minutes --help for usage");
    return ExitCodes.Usage;
}

try
{
    // Exceptions come here rather than to System.CommandLine's handler, which prints a stack trace.
    var exitCode = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    Console.Out.Flush();
    return exitCode;
}
catch (System.IO.IOException e)
{
    // Standard output refused a write (a full disk, /dev/full): the commands that print to it
    // (schema, templates, --help, lint's findings …) end here, with a message, not a stack trace.
    Messages.Error("-", $"無法寫入標準輸出：{e.Message}", $"cannot write to standard output: {e.Message}");
    return ExitCodes.Failed;
}
catch (InvalidOperationException e) when (e.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
{
    // The parser converts some option values only when a command reads them.
    Messages.Error(UsageErrors.InChinese(e.Message, Names(root)), "usage error: " + e.Message);
    Messages.Info("請用 minutes --help 查看用法", "run minutes --help for usage");
    return ExitCodes.Usage;
}
catch (Exception e)
{
    Messages.Error(
        $"內部錯誤：{e.GetType().Name}: {e.Message} — 這是程式的錯誤，請回報",
        $"internal error: {e.GetType().Name}: {e.Message}; a bug in minutes, please report it");
    return ExitCodes.Failed;
}

static IEnumerable<string> Names(RootCommand root) => root.Subcommands.Select(command => command.Name);
