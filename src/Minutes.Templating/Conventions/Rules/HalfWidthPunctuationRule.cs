using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Chinese text takes full-width punctuation (，。：；？！（）「」); half-width marks stay only
/// between digits and Latin text and in addresses. Half-width brackets are accepted when the
/// meeting's style chooses them (<see cref="DocumentStyle.HalfWidthBrackets"/>).
/// </summary>
internal sealed class HalfWidthPunctuationRule : TextConventionRule
{
    public HalfWidthPunctuationRule()
        : base(DiagnosticRules.HalfWidthPunctuation)
    {
    }

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role == TextRole.Title)
        {
            return null;
        }

        var fullWidth = field.Text.ToFullWidthPunctuation(meeting.Style.HalfWidthBrackets);
        return fullWidth == field.Text ? null : Finding(field.Path, fullWidth, $"「{fullWidth}」", $"\"{fullWidth}\"");
    }
}
