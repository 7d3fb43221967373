using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Full-width punctuation for Chinese text: half-width , . : ; ? ! ( ) and quotation marks
/// next to Chinese become ，。：；？！（）「」, while punctuation between digits and Latin text
/// (3.5, 1:30, a,b) and web and e-mail addresses stay as they are:
/// <c>text.ToFullWidthPunctuation()</c>.
/// </summary>
public static class Punctuation
{
    private static readonly Dictionary<char, char> FullWidthMarks = new()
    {
        [','] = '，',
        ['.'] = '。',
        [':'] = '：',
        [';'] = '；',
        ['?'] = '？',
        ['!'] = '！',
    };

    /// <summary>
    /// Converts half-width punctuation in Chinese context to full width. A mark is in Chinese
    /// context when Chinese text is next to it (a full stop: when Chinese text precedes it);
    /// a bracket or quotation pair when it encloses or touches Chinese text. Straight and
    /// curly double quotes become 「」, curly single quotes 『』, three dots or a lone … become
    /// ……. Spaces around a converted mark are removed. Converting twice changes nothing.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="keepHalfWidthBrackets">True to leave ( ) alone, for agencies that write (一) and (星期二).</param>
    /// <returns>The text with full-width punctuation.</returns>
    public static string ToFullWidthPunctuation(this string text, bool keepHalfWidthBrackets = false)
    {
        var current = text ?? throw new ArgumentNullException(nameof(text));

        // A conversion can put Chinese context next to a mark judged before it; repeating until
        // nothing changes makes the result a fixed point, so converting twice changes nothing.
        while (true)
        {
            var next = ConvertOnce(current, keepHalfWidthBrackets);
            if (next == current)
            {
                return next;
            }

            current = next;
        }
    }

    private static string ConvertOnce(string text, bool keepHalfWidthBrackets)
    {
        var inLink = Links.Mask(text);
        var replacements = new string?[text.Length];
        var chinese = ChineseCounts(text);
        if (!keepHalfWidthBrackets)
        {
            MarkPairs(text, chinese, inLink, replacements, '(', ')', "（", "）");
        }

        MarkPairs(text, chinese, inLink, replacements, '“', '”', "「", "」");
        MarkPairs(text, chinese, inLink, replacements, '‘', '’', "『", "』");
        MarkStraightQuotes(text, chinese, inLink, replacements);
        MarkEllipses(text, inLink, replacements);
        MarkSentenceMarks(text, inLink, replacements);
        return Apply(text, replacements);
    }

    private static void MarkPairs(string text, int[] chinese, bool[] inLink, string?[] replacements, char open, char close, string fullOpen, string fullClose)
    {
        var opened = new Stack<int>();
        for (var index = 0; index < text.Length; index++)
        {
            if (inLink[index])
            {
                continue;
            }

            if (text[index] == open)
            {
                opened.Push(index);
            }
            else if (text[index] == close)
            {
                if (opened.Count > 0)
                {
                    var start = opened.Pop();
                    if (EnclosesChinese(chinese, start, index) || IsChinese(Before(text, start)) || IsChinese(After(text, index)))
                    {
                        replacements[start] = fullOpen;
                        replacements[index] = fullClose;
                    }
                }
                else if (IsChinese(Before(text, index)) || IsChinese(After(text, index)))
                {
                    replacements[index] = fullClose;
                }
            }
        }

        foreach (var start in opened)
        {
            if (IsChinese(Before(text, start)) || IsChinese(After(text, start)))
            {
                replacements[start] = fullOpen;
            }
        }
    }

    private static void MarkStraightQuotes(string text, int[] chinese, bool[] inLink, string?[] replacements)
    {
        var quotes = new List<int>();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '"' && !inLink[index])
            {
                quotes.Add(index);
            }
        }

        // Straight quotes have no direction: they pair in order, and an odd last one stays.
        for (var pair = 0; pair + 1 < quotes.Count; pair += 2)
        {
            var (start, end) = (quotes[pair], quotes[pair + 1]);
            if (EnclosesChinese(chinese, start, end) || IsChinese(Before(text, start)) || IsChinese(After(text, end)))
            {
                replacements[start] = "「";
                replacements[end] = "」";
            }
        }
    }

    private static void MarkEllipses(string text, bool[] inLink, string?[] replacements)
    {
        var index = 0;
        while (index < text.Length)
        {
            var end = index;
            while (end < text.Length && !inLink[end] && (text[end] == '.' || text[end] == '…'))
            {
                end++;
            }

            var run = text.Substring(index, end - index);
            var isEllipsis = run.Length >= 3 || run.Contains('…');
            if (isEllipsis && run != "……" && (IsChinese(Before(text, index)) || IsChinese(After(text, end - 1))))
            {
                replacements[index] = "……";
                for (var dot = index + 1; dot < end; dot++)
                {
                    replacements[dot] = "";
                }
            }

            index = Math.Max(end, index + 1);
        }
    }

    private static void MarkSentenceMarks(string text, bool[] inLink, string?[] replacements)
    {
        // A mark converted here is Chinese context for its neighbours at once, forwards and then
        // backwards, so a run of marks (,,,,中) converts in one pass instead of one mark per pass:
        // the fixed point is the same, reached in linear time.
        for (var index = 0; index < text.Length; index++)
        {
            MarkSentenceMark(text, inLink, replacements, index);
        }

        for (var index = text.Length - 1; index >= 0; index--)
        {
            MarkSentenceMark(text, inLink, replacements, index);
        }
    }

    private static void MarkSentenceMark(string text, bool[] inLink, string?[] replacements, int index)
    {
        if (inLink[index] || replacements[index] is not null || !FullWidthMarks.TryGetValue(text[index], out var fullWidth))
        {
            return;
        }

        // A full stop ends the sentence before it, so only what precedes it counts; the
        // other marks sit between two phrases and follow whichever side is Chinese.
        var before = IndexBeforeClosers(text, index);
        var chinese = IsChineseAt(text, replacements, before)
            || (text[index] != '.' && IsChineseAt(text, replacements, IndexAfter(text, index)));
        if (chinese)
        {
            replacements[index] = fullWidth.ToString();
        }
    }

    /// <summary>True when the character at <paramref name="index"/> is Chinese, or becomes a Chinese mark in this pass.</summary>
    private static bool IsChineseAt(string text, string?[] replacements, int index) =>
        index >= 0 && (replacements[index] is { Length: > 0 } replacement ? IsChinese(replacement[0]) : IsChinese(text[index]));

    private static string Apply(string text, string?[] replacements)
    {
        var result = new StringBuilder(text.Length);
        var skipSpaces = false;
        for (var index = 0; index < text.Length; index++)
        {
            if (replacements[index] is { } replacement)
            {
                while (result.Length > 0 && IsSpace(result[result.Length - 1]))
                {
                    result.Length--;
                }

                result.Append(replacement);
                skipSpaces = true;
            }
            else if (!(skipSpaces && IsSpace(text[index])))
            {
                result.Append(text[index]);
                skipSpaces = false;
            }
        }

        return result.ToString();
    }

    /// <summary>For each position, how many Chinese characters come before it: a pair's interior is checked in constant time, so nested pairs stay linear.</summary>
    private static int[] ChineseCounts(string text)
    {
        var counts = new int[text.Length + 1];
        for (var index = 0; index < text.Length; index++)
        {
            counts[index + 1] = counts[index] + (CjkCharacters.IsChinese(text[index]) ? 1 : 0);
        }

        return counts;
    }

    private static bool EnclosesChinese(int[] chinese, int start, int end) => chinese[end] - chinese[start + 1] > 0;

    /// <summary>
    /// The index of the nearest character before <paramref name="index"/> that is neither a space
    /// nor a half-width closing bracket or quote (-1 when none): the end of the phrase that a mark
    /// follows, so that 「(黃淑鈴委員).」 ends a Chinese sentence.
    /// </summary>
    private static int IndexBeforeClosers(string text, int index)
    {
        var before = index;
        do
        {
            before = IndexBefore(text, before);
        }
        while (before >= 0 && text[before] is ')' or '"' or '”' or '’');

        return before;
    }

    /// <summary>The nearest character before <paramref name="index"/> that is not a space, or NUL.</summary>
    private static char Before(string text, int index)
    {
        var before = IndexBefore(text, index);
        return before >= 0 ? text[before] : '\0';
    }

    private static int IndexBefore(string text, int index)
    {
        for (var before = index - 1; before >= 0; before--)
        {
            if (!IsSpace(text[before]))
            {
                return before;
            }
        }

        return -1;
    }

    /// <summary>The nearest character after <paramref name="index"/> that is not a space, or NUL.</summary>
    private static char After(string text, int index)
    {
        var after = IndexAfter(text, index);
        return after >= 0 ? text[after] : '\0';
    }

    private static int IndexAfter(string text, int index)
    {
        for (var after = index + 1; after < text.Length; after++)
        {
            if (!IsSpace(text[after]))
            {
                return after;
            }
        }

        return -1;
    }

    private static bool IsChinese(char character) => CjkCharacters.IsChinese(character);

    private static bool IsSpace(char character) => character is ' ' or '\t';
}
