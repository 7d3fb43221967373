using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// 決定 is the chair's decision on a report; 決議 is the meeting's resolution on a proposal or
/// motion. A decision written as 決議… or a resolution written as 決定… uses the wrong word
/// (and usually repeats the label the template already writes).
/// </summary>
internal sealed class DecisionWordRule : TextConventionRule
{
    public DecisionWordRule()
        : base(DiagnosticRules.DecisionWord)
    {
    }

    private static readonly Regex LeadingWord = new(@"^\s*(?<word>決議|決定)\s*(?<colon>[：:])?\s*", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        var (wrong, right) = field.Role switch
        {
            TextRole.Decision => ("決議", "決定"),
            TextRole.Resolution => ("決定", "決議"),
            _ => ("", ""),
        };
        var match = LeadingWord.Match(field.Text);
        if (wrong.Length == 0 || !match.Success || match.Groups["word"].Value != wrong)
        {
            return null;
        }

        // 「決議：照案通過」 repeats the label the template writes, so the label goes; 「決議照辦」
        // uses the word in the sentence, so the word is exchanged.
        var rest = field.Text.Substring(match.Length);
        var replacement = match.Groups["colon"].Success ? rest : right + rest;
        return replacement.Length == 0
            ? Finding(field.Path, null, $"此處不應寫「{wrong}」", $"{wrong} does not belong here")
            : Finding(field.Path, replacement, $"此處不應寫「{wrong}」", $"{wrong} does not belong here");
    }
}
