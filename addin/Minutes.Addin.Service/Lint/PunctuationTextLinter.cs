using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Service.Lint;

/// <summary>
/// The service's own text check until the library's convention engine is wired in: half-width
/// punctuation next to Chinese text (，。：；？！（） are full-width there) and simplified
/// characters where the minutes need traditional ones.
/// </summary>
public sealed class PunctuationTextLinter : ITextLinter
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！', ['('] = '（', [')'] = '）', ['.'] = '。',
    };

    // Common simplified characters of meeting minutes with one unambiguous traditional form.
    private static readonly Dictionary<char, char> Traditional = new()
    {
        ['这'] = '這', ['个'] = '個', ['会'] = '會', ['议'] = '議', ['记'] = '記', ['录'] = '錄', ['时'] = '時',
        ['间'] = '間', ['点'] = '點', ['处'] = '處', ['员'] = '員', ['发'] = '發', ['为'] = '為', ['说'] = '說',
        ['办'] = '辦', ['决'] = '決', ['报'] = '報', ['项'] = '項', ['单'] = '單', ['与'] = '與', ['请'] = '請',
        ['应'] = '應', ['讨'] = '討', ['论'] = '論', ['题'] = '題', ['动'] = '動', ['务'] = '務', ['长'] = '長',
        ['执'] = '執', ['过'] = '過', ['关'] = '關', ['实'] = '實', ['经'] = '經', ['对'] = '對', ['设'] = '設',
        ['网'] = '網', ['络'] = '絡', ['预'] = '預', ['导'] = '導', ['规'] = '規', ['划'] = '劃',
        ['现'] = '現', ['区'] = '區', ['县'] = '縣', ['书'] = '書', ['门'] = '門', ['见'] = '見',
    };

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Lint(string text)
    {
        var findings = new List<Diagnostic>();
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 0;
                continue;
            }

            var location = new SourceLocation("text", line, column);
            if (FullWidth.TryGetValue(c, out var full) && NextToChinese(text, i, c))
            {
                findings.Add(Finding("half-width-punctuation", location,
                    $"中文之間請用全形標點「{full}」，不用半形「{c}」",
                    $"use the full-width '{full}' instead of the half-width '{c}' in Chinese text"));
            }
            else if (Traditional.TryGetValue(c, out var traditional))
            {
                findings.Add(Finding("simplified-character", location,
                    $"「{c}」是簡體字，請改為「{traditional}」",
                    $"'{c}' is a simplified character; write '{traditional}'"));
            }
        }

        return findings;
    }

    // A period counts only after Chinese text, so 3.5 and example.gov.tw stay as they are.
    private static bool NextToChinese(string text, int index, char c)
    {
        var before = index > 0 && IsChinese(text[index - 1]);
        var after = index + 1 < text.Length && IsChinese(text[index + 1]);
        return c == '.' ? before : before || after;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    private static Diagnostic Finding(string ruleId, SourceLocation location, string messageZh, string messageEn) => new()
    {
        RuleId = ruleId,
        Severity = Severity.Warning,
        Path = "text",
        Location = location,
        MessageZh = messageZh,
        MessageEn = messageEn,
    };
}
