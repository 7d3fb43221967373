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
    private const string Marks = "，。、：；？！「」『』（）【】《》〈〉,.:;?!()\"'“”‘’…";

    /// <inheritdoc />
    public override string Id => "title-punctuation";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override string MessageZh => "標題（機關全銜、會議名稱、屆次）不加標點符號";

    /// <inheritdoc />
    public override string MessageEn => "the title (agency, meeting name, session) carries no punctuation";

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
