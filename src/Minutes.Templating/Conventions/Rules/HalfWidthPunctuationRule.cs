using System.Collections.Generic;
using System.Linq;
using System.Text;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Chinese text takes full-width punctuation (，。：；？！（）「」); half-width marks stay only
/// between digits and Latin text and in addresses. Half-width brackets are accepted when the
/// meeting's style chooses them (<see cref="DocumentStyle.HalfWidthBrackets"/>). Quoted text
/// and titles (「…」《…》) are their source's words and are neither reported nor rewritten.
/// </summary>
internal sealed class HalfWidthPunctuationRule : TextConventionRule
{
    public HalfWidthPunctuationRule()
        : base(DiagnosticRules.HalfWidthPunctuation)
    {
    }

    private const string HalfWidthMarks = ",.:;?!()\"“”‘’";

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role == TextRole.Title)
        {
            return null;
        }

        var text = field.Text;
        var fullWidth = ConvertOutsideQuotations(text, meeting.Style.HalfWidthBrackets);
        if (fullWidth is null || fullWidth == text)
        {
            return null;
        }

        var changed = Marks(text) - Marks(fullWidth);
        var excerpt = Excerpt.Around(text, CommonPrefix(text, fullWidth), 1);
        var (zh, en) = changed > 1
            ? ($"「{excerpt}」等 {changed} 處", $"\"{excerpt}\" and {changed - 1} more")
            : ($"「{excerpt}」", $"\"{excerpt}\"");
        return Finding(field.Path, fullWidth, zh, en);
    }

    /// <summary>
    /// Converts the text with each quotation or title held aside: it stands in as one CJK
    /// mark (so the punctuation around it still sees Chinese context and brackets still pair
    /// across it) and is put back unchanged. Null when every stand-in occurs in the text.
    /// </summary>
    private static string? ConvertOutsideQuotations(string text, bool keepHalfWidthBrackets)
    {
        var quoted = QuotedText.Mask(text);
        if (!quoted.Contains(true))
        {
            return text.ToFullWidthPunctuation(keepHalfWidthBrackets);
        }

        var standIn = StandIns.FirstOrDefault(candidate => !text.Contains(candidate));
        if (standIn == default)
        {
            return null;
        }

        var held = new List<string>();
        var masked = new StringBuilder(text.Length);
        for (var start = 0; start < text.Length;)
        {
            var end = start + 1;
            while (end < text.Length && quoted[end] == quoted[start])
            {
                end++;
            }

            if (quoted[start])
            {
                held.Add(text.Substring(start, end - start));
                masked.Append(standIn);
            }
            else
            {
                masked.Append(text, start, end - start);
            }

            start = end;
        }

        var parts = masked.ToString().ToFullWidthPunctuation(keepHalfWidthBrackets).Split(standIn);
        var result = new StringBuilder(parts[0]);
        for (var index = 1; index < parts.Length; index++)
        {
            result.Append(held[index - 1]).Append(parts[index]);
        }

        return result.ToString();
    }

    /// <summary>CJK marks that stand in for a quotation while converting; one the text does not use is taken.</summary>
    private static readonly char[] StandIns = ['〓', '〒', '〠', '〄'];

    private static int Marks(string text) => text.Count(character => HalfWidthMarks.Contains(character));

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}
