using System.CommandLine;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes validate</c>: check meeting files and report every problem with its place.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var inputs = (new Argument<string[]>("input")
        {
            Description = "Meeting files, folders of them, or - for standard input / 會議資料檔、資料夾，或 -",
            Arity = ArgumentArity.OneOrMore,
        }).RefusingUnknownOptions();
        var command = new Command("validate", """
            Check meeting files; every problem is listed as file:line:column. 檢查會議資料檔。

            Example / 範例:
              minutes validate templates/examples/yilan-2017.yaml
            """);
        command.Arguments.Add(inputs);
        command.SetAction(parse =>
        {
            var failed = 0;
            var files = InputFiles.Expand(parse.GetValue(inputs)!);
            if (InputFiles.NoneFound(files))
            {
                return ExitCodes.Failed;
            }

            foreach (var file in files)
            {
                if (!Messages.PerFile(file, () => Validate(file), false))
                {
                    failed++;
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    private static bool Validate(string file)
    {
        var result = InputFiles.Read(file);
        Messages.Diagnostics(result.Diagnostics);
        if (result.Succeeded)
        {
            Messages.Line(System.Console.Out, $"{file}: 正確 (valid)");
        }

        return result.Succeeded;
    }
}
