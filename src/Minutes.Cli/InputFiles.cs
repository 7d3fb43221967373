using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Minutes.Templating.Input;

namespace Minutes.Cli;

/// <summary>The meeting files named on the command line: files, folders (their .yaml/.yml/.json) or - for standard input.</summary>
internal static class InputFiles
{
    /// <summary>The label standard input is known by in messages.</summary>
    public const string StandardInput = "<stdin>";

    private static readonly string[] Extensions = { ".yaml", ".yml", ".json" };

    /// <summary>Expands folders into their meeting files, in name order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add(StandardInput);
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                files.Add(argument);
            }
        }

        return files;
    }

    /// <summary>Reads one meeting file (or standard input).</summary>
    public static MeetingReadResult Read(string file)
    {
        if (file != StandardInput)
        {
            return MeetingReader.ReadFile(file);
        }

        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return MeetingReader.Read(buffer.ToArray(), StandardInput);
    }
}
