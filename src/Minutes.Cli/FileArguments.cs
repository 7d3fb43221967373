using System.CommandLine;
using System.IO;

namespace Minutes.Cli;

/// <summary>Checks shared by the commands' file arguments.</summary>
internal static class FileArguments
{
    /// <summary>
    /// Refuses values that look like options (<c>-x</c>, <c>--name</c>) and name no file or
    /// folder: the parser would otherwise take a mistyped option for one more input file. A file
    /// whose name starts with a dash can still be given as <c>./-name</c>.
    /// </summary>
    public static TArgument RefusingUnknownOptions<TArgument>(this TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
            }
        });
        return argument;
    }
}
