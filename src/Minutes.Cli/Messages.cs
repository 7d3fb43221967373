using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
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

    /// <summary>
    /// Does one file's work in a batch (a folder rendered, validated or linted): whatever
    /// <paramref name="work"/> throws is reported against <paramref name="file"/> as
    /// 「內部錯誤 (internal error): message」, without a stack trace, and
    /// <paramref name="failed"/> is returned, so the other files are still processed.
    /// </summary>
    public static T PerFile<T>(string file, Func<T> work, T failed)
    {
        try
        {
            return work();
        }
        catch (Exception e)
        {
            Line(Console.Error, $"{file}: ✗ 內部錯誤 (internal error): {e.GetType().Name}: {e.Message} — 這是程式的錯誤，請連同檔案回報 (a bug in minutes; please report it with the file)");
            return failed;
        }
    }

    /// <summary>Writes a line to standard error as information (progress, summaries).</summary>
    public static void Info(string zh, string en) => Line(Console.Error, $"{zh} ({en})");

    public static void Line(TextWriter writer, string text)
    {
        text = Printable(text);
        lock (Gate)
        {
            writer.WriteLine(text);
        }
    }

    /// <summary>
    /// The text with control characters (ESC, NUL, DEL, C1 …) and bidirectional formatting
    /// characters (U+202E RIGHT-TO-LEFT OVERRIDE, the isolates, LRM, RLM, ALM) written as
    /// <c>\u001B</c>, so a value quoted from an input can neither drive the terminal nor hide
    /// or reorder part of the line.
    /// Line breaks and tabs stay.
    /// </summary>
    public static string Printable(string text)
    {
        var i = 0;
        while (i < text.Length && !IsControl(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsControl(char c) => c is (< ' ' and not '\n' and not '\t') or (>= '\u007F' and <= '\u009F')
        or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
