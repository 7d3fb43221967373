using System.Linq;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Finds quoted text and titles: 「…」, 『…』, 《…》 and 〈…〉, marks included. A quotation
/// reproduces its source and a title is a proper name (「2010年臺北好好看」, 《臺灣堡圖》), so
/// the rules neither report nor rewrite what is inside one.
/// </summary>
internal static class QuotedText
{
    private const string Openers = "「『《〈";
    private const string Closers = "」』》〉";

    /// <summary>Marks, for each character of the text, whether it is inside a quotation or title.</summary>
    /// <param name="text">The text.</param>
    /// <returns>
    /// An array as long as the text; true for the marks and everything between them. Pairs
    /// nest; a mark left open runs to the end of the text (an unfinished quotation is still
    /// someone else's words), a closing mark without its opening one is ordinary text.
    /// </returns>
    public static bool[] Mask(string text)
    {
        var mask = new bool[text.Length];
        var open = new System.Collections.Generic.Stack<int>();
        for (var index = 0; index < text.Length; index++)
        {
            var opener = Openers.IndexOf(text[index]);
            var closer = Closers.IndexOf(text[index]);
            if (opener >= 0)
            {
                open.Push(opener);
            }

            mask[index] = open.Count > 0;
            if (closer >= 0 && open.Count > 0 && open.Peek() == closer)
            {
                open.Pop();
            }
        }

        return mask;
    }

    /// <summary>True when a quotation or title opens at <paramref name="index"/>, after any spaces.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where to look; may be the text's length.</param>
    public static bool OpensAt(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\u3000')
        {
            index++;
        }

        return index < text.Length && Openers.Contains(text[index]);
    }
}
