using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// The chair line names the chair surname, title, given name: 主席：蔣市長萬安, 賴秘書長錫祿
/// (conventions/official-format.md, "Names and titles", from the seed minutes). Flags 主席： or 主持人：
/// followed by a full name and a known title written one after the other (蔣萬安市長), and
/// offers the official form. A name without a title, or one already in the official form, is
/// left alone.
/// </summary>
internal sealed class HonorificOrderRule : TextConventionRule
{
    public HonorificOrderRule()
        : base(DiagnosticRules.HonorificOrder)
    {
    }

    // The person runs to the next space, tab, bracket or the line's end.
    private static readonly Regex ChairLine = new(
        @"(?<=(?:^|\n)[ \t\u3000]*(?:主席|主持人)[：:][ \u3000]*)(?<person>[^\s（(，,、；;。]+)(?=[\s（(，,、；;。]|$)",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        // The pattern tries its look-behind at every character; a text without 主席 or 主持人 cannot match.
        if (field.Role is TextRole.Title or TextRole.Name
            || (field.Text.IndexOf("主席", System.StringComparison.Ordinal) < 0 && field.Text.IndexOf("主持人", System.StringComparison.Ordinal) < 0))
        {
            return null;
        }

        string? first = null;
        string? official = null;
        var fixedText = ChairLine.Replace(field.Text, match =>
        {
            var written = match.Groups["person"].Value;
            if (!PersonNames.TryParseWritten(written, out var name, out var title) || title is null)
            {
                return written;
            }

            var honorific = new Person { Name = name, Title = title }.ToHonorific(HonorificStyle.SurnameTitleGiven);
            if (honorific == written)
            {
                return written;
            }

            first ??= written;
            official ??= honorific;
            return honorific;
        });

        return first is null
            ? null
            : Finding(field.Path, fixedText, $"「{first}」應寫成「{official}」", $"'{first}' is written '{official}'");
    }
}
