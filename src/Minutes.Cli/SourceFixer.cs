using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Cli;

/// <summary>
/// Applies lint fixes to the source text of a meeting file in place, scalar by scalar, so
/// comments and layout stay as the recorder wrote them.
/// </summary>
internal static class SourceFixer
{
    private static readonly char[] FlowOpeners = { '{', '[' };
    private static readonly char[] PlainUnsafe = { ':', '#', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\n' };
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Rewrites the values the fixes name. Returns null for a fix whose value cannot be edited
    /// in place (a block scalar, a multi-line value); such fixes are skipped and reported.
    /// </summary>
    public static (string Text, IReadOnlyList<Fix> Skipped) Apply(string text, MeetingReadResult read, IEnumerable<Fix> fixes)
    {
        var lines = text.Split('\n').ToList();
        var skipped = new List<Fix>();

        // Later places first, so earlier columns stay valid.
        var located = fixes
            .Select(f => (Fix: f, Location: read.Locate(f.Path)))
            .OrderByDescending(f => f.Location?.Line ?? 0).ThenByDescending(f => f.Location?.Column ?? 0);
        foreach (var (fix, location) in located)
        {
            if (location is not { Line: > 0 } place || place.Line > lines.Count || !TryReplace(lines, place.Line - 1, place.Column - 1, fix.Replacement))
            {
                skipped.Add(fix);
            }
        }

        return (string.Join("\n", lines), skipped);
    }

    private static bool TryReplace(List<string> lines, int lineIndex, int column, string replacement)
    {
        var line = lines[lineIndex];
        if (column < 0 || column >= line.Length)
        {
            return false;
        }

        var end = ScalarEnd(line, column);
        if (end < 0)
        {
            return false;
        }

        var plain = line[column] is not ('"' or '\'');
        var written = plain && IsPlainSafe(replacement) ? replacement : JsonSerializer.Serialize(replacement, Json);
        lines[lineIndex] = string.Concat(line.AsSpan(0, column), written, line.AsSpan(end));
        return true;
    }

    /// <summary>The index just past the scalar starting at <paramref name="start"/>, or -1 when it does not end on this line.</summary>
    private static int ScalarEnd(string line, int start)
    {
        switch (line[start])
        {
            case '"':
                for (var i = start + 1; i < line.Length; i++)
                {
                    if (line[i] == '\\')
                    {
                        i++;
                    }
                    else if (line[i] == '"')
                    {
                        return i + 1;
                    }
                }

                return -1;
            case '\'':
                for (var i = start + 1; i < line.Length; i++)
                {
                    if (line[i] == '\'' && (i + 1 >= line.Length || line[i + 1] != '\''))
                    {
                        return i + 1;
                    }

                    if (line[i] == '\'')
                    {
                        i++;
                    }
                }

                return -1;
            case '|' or '>':
                return -1;
            default:
                var inFlow = line.LastIndexOfAny(FlowOpeners, start) >= 0;
                var end = line.Length;
                for (var i = start; i < line.Length; i++)
                {
                    if ((line[i] == '#' && i > 0 && char.IsWhiteSpace(line[i - 1])) || (inFlow && line[i] is ',' or '}' or ']'))
                    {
                        end = i;
                        break;
                    }
                }

                while (end > start && char.IsWhiteSpace(line[end - 1]))
                {
                    end--;
                }

                return end;
        }
    }

    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && value.Trim() == value
        && value.IndexOfAny(PlainUnsafe) < 0
        && !value.StartsWith('-') && !value.StartsWith('?')
        && value is not ("null" or "~" or "true" or "false");
}
