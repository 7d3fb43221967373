using System;
using System.CommandLine;
using Minutes.Templating.BuiltIn;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes templates</c>: list the built-in templates.</summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var command = new Command("templates", """
            List the built-in templates. 列出內建範本。

            Example / 範例:
              minutes templates
            """);
        command.SetAction(_ =>
        {
            foreach (var template in BuiltInTemplates.All)
            {
                Console.Out.WriteLine($"{template.Name,-10} {template.Title}\t{template.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
