using System;
using System.Collections.Generic;
using System.IO;
using Minutes.Templating.Diagnostics;

namespace Minutes.Cli;

/// <summary>What the tool tells the clerk, in Chinese and English, on standard error.</summary>
internal static class Messages
{
    /// <summary>Held while writing to the console, so lines from parallel work never interleave.</summary>
    public static readonly object Gate = new();

    /// <summary>Writes one line to standard error (whole lines, even from parallel renders).</summary>
    public static void Error(string zh, string en) => Line(Console.Error, $"{zh} ({en})");

    /// <summary>Writes a located problem as <c>file:line:column: message</c>.</summary>
    public static void Error(string where, string zh, string en) => Line(Console.Error, $"{where}: {zh} ({en})");

    /// <summary>Writes every diagnostic, one a line.</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Line(Console.Error, diagnostic.ToString());
        }
    }

    /// <summary>Writes a line to standard error as information (progress, summaries).</summary>
    public static void Info(string zh, string en) => Line(Console.Error, $"{zh} ({en})");

    public static void Line(TextWriter writer, string text)
    {
        lock (Gate)
        {
            writer.WriteLine(text);
        }
    }
}
