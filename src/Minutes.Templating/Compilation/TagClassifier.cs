using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Minutes.Templating.Compilation;

/// <summary>Tells block and silent tags from tags that write a value, from the tag text alone.</summary>
internal static class TagClassifier
{
    /// <summary>The name of the function that restarts list numbering in a repeated block.</summary>
    public const string RestartNumbering = "restart_numbering";

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "for", "if", "while", "case", "capture", "with", "tablerow", "func" };
    private static readonly HashSet<string> Continuers = new(StringComparer.Ordinal) { "else", "when" };
    private static readonly HashSet<string> OtherSilent = new(StringComparer.Ordinal) { "break", "continue", "ret", "import", "readonly", RestartNumbering };
    private static readonly Regex Assignment = new(@"^[\p{L}_$][\p{L}\p{N}_$.\[\]""']*\s*(=|\+=|-=|\*=|/=|//=|%=)(?!=)", RegexOptions.CultureInvariant);
    private static readonly Regex FirstWord = new(@"^[\p{L}_$][\p{L}\p{N}_$]*", RegexOptions.CultureInvariant);

    /// <summary>Classifies a tag from its full text, braces included.</summary>
    public static TagInfo Classify(string tagText)
    {
        var code = Inner(tagText);
        var effects = new List<BlockEffect>();
        var silent = true;
        var restarts = false;
        foreach (var statement in SplitStatements(code))
        {
            var trimmed = statement.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var word = FirstWord.Match(trimmed).Value;
            if (Openers.Contains(word))
            {
                effects.Add(BlockEffect.Open);
            }
            else if (Continuers.Contains(word))
            {
                effects.Add(BlockEffect.Continue);
            }
            else if (word == "end")
            {
                effects.Add(BlockEffect.Close);
            }
            else if (OtherSilent.Contains(word))
            {
                restarts |= word == RestartNumbering;
            }
            else if (!Assignment.IsMatch(trimmed))
            {
                silent = false;
            }
        }

        return new TagInfo(silent, effects, restarts);
    }

    /// <summary>The code between the braces, whitespace-control marks removed.</summary>
    public static string Inner(string tagText)
    {
        var code = tagText.Substring(2, tagText.Length - 4);
        if (code.Length > 0 && code[0] is '~' or '-')
        {
            code = code.Substring(1);
        }

        if (code.Length > 0 && code[code.Length - 1] is '~' or '-')
        {
            code = code.Substring(0, code.Length - 1);
        }

        return code;
    }

    private static IEnumerable<string> SplitStatements(string code)
    {
        var current = new StringBuilder();
        char quote = '\0';
        foreach (var c in code)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c is ';' or '\n' or '\r')
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        yield return current.ToString();
    }
}
