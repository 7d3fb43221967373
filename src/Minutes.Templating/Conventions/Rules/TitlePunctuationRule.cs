using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// The title (agency full name + meeting name + session) is one phrase without punctuation.
/// No fix: whether a mark is a slip or part of a name is for the clerk to say.
/// </summary>
internal sealed class TitlePunctuationRule : TextConventionRule
{
    public TitlePunctuationRule()
        : base(DiagnosticRules.TitlePunctuation)
    {
    }

    private const string Marks = "，。、：；？！「」『』（）【】《》〈〉,.:;?!()\"'“”‘’…";

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role != TextRole.Title)
        {
            return null;
        }

        var found = new string(field.Text.Where(character => Marks.Contains(character)).Distinct().ToArray());
        return found.Length == 0 ? null : Finding(field.Path, null, $"「{found}」", $"\"{found}\"");
    }
}
