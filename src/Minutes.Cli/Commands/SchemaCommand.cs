using System;
using System.CommandLine;
using Minutes.Templating.Schema;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes schema</c>: print the JSON Schema of meeting files.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", """
            Print the JSON Schema of meeting files (for editors and other systems). 輸出會議資料之 JSON Schema。

            Example / 範例:
              minutes schema > meeting.schema.json
            """);
        command.SetAction(_ =>
        {
            Console.Out.WriteLine(MeetingSchema.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
