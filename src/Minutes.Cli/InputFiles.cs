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

    /// <summary>
    /// True, having said so, when <paramref name="files"/> is empty: a folder without meeting
    /// files (or one of them only) is a failure with a message, never a silent exit.
    /// </summary>
    public static bool NoneFound(IReadOnlyList<string> files)
    {
        if (files.Count > 0)
        {
            return false;
        }

        Messages.Error("沒有找到會議資料檔（.yaml、.yml、.json）", "no meeting files (.yaml, .yml, .json) found");
        return true;
    }

    /// <summary>Reads one meeting file (or standard input).</summary>
    public static MeetingReadResult Read(string file)
    {
        if (file != StandardInput)
        {
            return MeetingReader.ReadFile(file);
        }

        // Bounded: one byte past the limit is enough for the reader to refuse it.
        using var stdin = Console.OpenStandardInput();
        var limit = InputLimits.Default.MaxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = stdin.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1L - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return MeetingReader.Read(buffer.ToArray(), StandardInput);
    }
}
