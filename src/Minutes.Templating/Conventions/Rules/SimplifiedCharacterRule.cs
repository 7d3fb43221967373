using System.Collections.Generic;
using System.Linq;
using System.Text;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// A Traditional Chinese document has no simplified characters (会议, 记录, 决议, 说明 …). The
/// fix replaces them when every character found has a single Traditional form.
/// </summary>
internal sealed class SimplifiedCharacterRule : TextConventionRule
{
    public SimplifiedCharacterRule()
        : base(DiagnosticRules.SimplifiedCharacter)
    {
    }

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        var found = new List<(char Simplified, char Traditional)>();
        var fixedText = new StringBuilder(field.Text.Length);
        foreach (var character in field.Text)
        {
            if (SimplifiedCharacters.TryGetTraditional(character, out var traditional))
            {
                found.Add((character, traditional));
                fixedText.Append(traditional == '\0' ? character : traditional);
            }
            else
            {
                fixedText.Append(character);
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        var pairs = found.Distinct().ToList();
        var detail = string.Join("、", pairs.Select(pair => pair.Traditional == '\0' ? $"「{pair.Simplified}」" : $"「{pair.Simplified}」→「{pair.Traditional}」"));
        var unambiguous = pairs.All(pair => pair.Traditional != '\0');
        return Finding(field.Path, unambiguous ? fixedText.ToString() : null, detail, detail);
    }
}
