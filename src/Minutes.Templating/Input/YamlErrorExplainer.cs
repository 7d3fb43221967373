using System;
using System.Linq;
using YamlDotNet.Core;

namespace Minutes.Templating.Input;

/// <summary>
/// Turns the YAML parser's English errors into Chinese a clerk can act on: what went wrong in
/// the clerk's terms (縮排、冒號後的空白、引號、清單的「- 」) and what to write instead. The
/// English half keeps the parser's own words; the line and column are kept (a tab is located
/// where it is, not where the parser noticed it).
/// </summary>
internal static class YamlErrorExplainer
{
    /// <summary>The hint shared by every indentation problem.</summary>
    public const string IndentationHint = "縮排不一致：同一層的鍵要對齊，請用空白（不要用 Tab）";

    /// <summary>The message for a <c>[</c> or <c>{</c> without its end.</summary>
    public const string UnclosedBracket = "括號沒有成對：以「{」開頭的值要以「}」結尾、以「[」開頭的要以「]」結尾；若是一般文字，請用引號括起來";

    /// <summary>Explains <paramref name="error"/>, which the parser raised reading <paramref name="text"/>.</summary>
    /// <returns>The line and column (1-based) of the problem and the two messages.</returns>
    public static (int Line, int Column, string Zh, string En) Explain(YamlException error, string text)
    {
        var original = Original(error);
        var en = "malformed YAML: " + original;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        int line = (int)error.Start.Line, column = (int)error.Start.Column;
        var current = LineAt(lines, line);
        var message = original.ToLowerInvariant();

        if (FindTab(lines) is { } tab && (message.Contains("tab") || tab.Line <= line))
        {
            return (tab.Line, tab.Column, "這一行用了 Tab 字元縮排，請改用空白：同一層的鍵要對齊", en);
        }

        if (FindFullWidthSpace(lines) is { } space && space.Line <= line)
        {
            return (space.Line, space.Column, "這一行的縮排用了全形空白（U+3000，中文輸入法的空白）：YAML 只認半形空白，請改成半形空白，同一層的鍵要對齊", en);
        }

        if (FullWidthColonKey(current))
        {
            return (line, 1, "鍵後面用了全形冒號「：」：請用半形冒號「: 」（冒號後空一格），例如 location: 本府第一會議室", en);
        }

        if (message.Contains("surrogate"))
        {
            return (line, column,
                "文字含有不成對的代理字元跳脫碼（\\uD800 至 \\uDFFF 須成對出現），文件無法保存：請刪除", en);
        }

        if (message.Contains("quoted scalar"))
        {
            return (line, column,
                "引號沒有成對：以「\"」或「'」開頭的文字，結尾也要有同樣的引號（整段文字寫在同一行，例如 name: \"第一次會議\"）", en);
        }

        if (message.Contains("cannot start any token"))
        {
            var character = CharacterAt(current, column);
            return (line, column,
                $"文字不能以「{character}」開頭：請用引號把整段文字括起來，例如 agency: \"{character}…\"", en);
        }

        if (message.Contains("did not find expected '-' indicator"))
        {
            return (line, column,
                "清單的每一項都要以「- 」（減號加空白）開頭，且同一層的「-」要對齊：這一行少了「- 」，或縮排和上面的項目不一致", en);
        }

        if (message.Contains("did not find expected ',' or '}'") || message.Contains("did not find expected ',' or ']'"))
        {
            return (line, column, UnclosedBracket, en);
        }

        if (message.Contains("found invalid mapping") || message.Contains("mapping values are not allowed"))
        {
            return IsOverIndented(lines, line)
                ? (line, column, IndentationHint + "（這一行比上一行多縮排了，請和上一個鍵對齊）", en)
                : (line, column,
                    "文字中有「冒號＋空白」（: ），會被當成新的鍵：請把整段文字用引號括起來（例如 name: \"會議: 第一次\"），或改用全形冒號「：」", en);
        }

        if (message.Contains("did not find expected key") || message.Contains("could not find expected ':'"))
        {
            if (column > 1 && column - 2 < current.Length && current[column - 2] is '"' or '\'')
            {
                return (line, column, "引號後面不能再接文字：請把整段文字都放在引號內", en);
            }

            if (MissingSpaceAfterColon(current))
            {
                return (line, 1, "冒號後面少了空白：請寫成「鍵: 值」，冒號後要空一格（例如 name: 第一次會議）", en);
            }

            if (!current.Contains(':'))
            {
                return (line, column,
                    "這一行不是「鍵: 值」：若是上一行文字的延續，請把文字寫在同一行，或改用「|」寫多行文字；否則是" + IndentationHint, en);
            }

            return (line, column, IndentationHint + "（這一行和同一層的其他鍵沒有對齊）", en);
        }

        return (line, column, "YAML 格式錯誤：請檢查這一行的縮排（用空白對齊）、冒號後的空白與引號是否成對", en);
    }

    private static string LineAt(string[] lines, int line) => line >= 1 && line <= lines.Length ? lines[line - 1] : "";

    private static string CharacterAt(string line, int column) =>
        column >= 1 && column <= line.Length ? line.Substring(column - 1, 1) : "?";

    /// <summary>The first tab in the leading white space of a line.</summary>
    private static (int Line, int Column)? FindTab(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var leading = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, leading);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>The first full-width space (U+3000) in the leading white space of a line.</summary>
    private static (int Line, int Column)? FindFullWidthSpace(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var leading = lines[i].Length - lines[i].TrimStart(' ', '\t', '\u3000').Length;
            var space = lines[i].IndexOf('\u3000', 0, leading);
            if (space >= 0)
            {
                return (i + 1, space + 1);
            }
        }

        return null;
    }

    /// <summary>A <c>key：value</c> line: a key of ASCII letters followed by a full-width colon and no <c>": "</c>.</summary>
    private static bool FullWidthColonKey(string line)
    {
        var trimmed = line.TrimStart(' ', '-');
        var colon = trimmed.IndexOf('：');
        return colon > 0 && !trimmed.Contains(": ")
            && trimmed.Substring(0, colon).TrimEnd().All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));
    }

    /// <summary>A <c>key:value</c> line: a colon followed by a character other than a space and no <c>": "</c>.</summary>
    private static bool MissingSpaceAfterColon(string line)
    {
        var trimmed = line.Trim();
        var colon = trimmed.IndexOf(':');
        return colon > 0 && colon < trimmed.Length - 1 && trimmed[colon + 1] != ' '
            && !trimmed.Contains(": ") && trimmed[0] is not ('"' or '\'' or '#');
    }

    /// <summary>Whether a line is indented deeper than the key line above it, which has a value of its own.</summary>
    private static bool IsOverIndented(string[] lines, int line)
    {
        var current = LineAt(lines, line);
        for (var i = line - 2; i >= 0; i--)
        {
            var previous = lines[i];
            if (previous.Trim().Length == 0 || previous.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = previous.IndexOf(": ", StringComparison.Ordinal);
            return Indent(current) > Indent(previous) && colon > 0 && previous.Substring(colon + 1).Trim().Length > 0
                && current.Contains(": ");
        }

        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Original(YamlException e)
    {
        // YamlDotNet prefixes its messages with "(Line: …, Col: …, Idx: …) - (…): "; the location is reported separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message.Substring(cut + 3) : message;
    }
}
