using System;
using System.Collections.Generic;

namespace Minutes.Templating.Compilation;

/// <summary>Finds <c>{{ … }}</c> tags in a paragraph's text.</summary>
internal static class TagScanner
{
    /// <summary>
    /// The tags in <paramref name="text"/>, in order, and the offset of a <c>{{</c> that has no
    /// closing <c>}}</c> (or -1). Quoted strings inside a tag may contain <c>}}</c>.
    /// </summary>
    public static (List<TagSpan> Tags, int UnclosedAt) Find(string text)
    {
        var tags = new List<TagSpan>();
        var position = 0;
        while (true)
        {
            var start = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (start < 0)
            {
                return (tags, -1);
            }

            var end = FindClose(text, start + 2);
            if (end < 0)
            {
                return (tags, start);
            }

            tags.Add(new TagSpan(start, end + 2 - start));
            position = end + 2;
        }
    }

    private static int FindClose(string text, int from)
    {
        char quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote != '`')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' or '`' or '\u201C' or '\u2018')
            {
                quote = c switch { '\u201C' => '\u201D', '\u2018' => '\u2019', _ => c };
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i;
            }
        }

        return -1;
    }
}
