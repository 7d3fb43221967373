using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// 決定 is the chair's decision on a report; 決議 is the meeting's resolution on a proposal or
/// motion, and the template writes that label (決定： or 決議：) itself. A decision or
/// resolution that begins with either word repeats the label or uses the wrong one
/// (「決議准予備查。」 on a report prints as 決定：決議准予備查。); the fix drops the leading
/// word, so the text reads 准予備查。 after the template's label.
/// </summary>
internal sealed class DecisionWordRule : TextConventionRule
{
    public DecisionWordRule()
        : base(DiagnosticRules.DecisionWord)
    {
    }

    // 決定權, 決議案, 決議書 … are nouns in a sentence, not a label.
    private static readonly Regex LeadingWord = new(@"^\s*(?<word>決議|決定)(?![權案書文])\s*[：:，,、]?\s*", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        var label = field.Role switch
        {
            TextRole.Decision => "決定",
            TextRole.Resolution => "決議",
            _ => "",
        };
        var match = LeadingWord.Match(field.Text);
        if (label.Length == 0 || !match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var rest = field.Text.Substring(match.Length);
        var (zh, en) = word == label
            ? ($"範本已印出「{label}：」，內容不必再寫「{word}」", $"the template prints {label}: already; drop the leading {word}")
            : ($"此處不應寫「{word}」，範本會印出「{label}：」", $"{word} does not belong here; the template prints {label}:");

        // Nothing left, or another label word after it (決議：決定…): no fix a clerk should take unseen.
        var safe = rest.Length > 0 && !LeadingWord.IsMatch(rest);
        return Finding(field.Path, safe ? rest : null, zh, en);
    }
}
