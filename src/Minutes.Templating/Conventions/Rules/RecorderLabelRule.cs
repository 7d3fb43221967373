using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// The recorder label is 紀錄 (the noun, per the 法律統一用字表 and the Executive Yuan letter of
/// 108.4.3), not the older 記錄 (the verb).
/// </summary>
internal sealed class RecorderLabelRule : ConventionRule
{
    public RecorderLabelRule()
        : base(DiagnosticRules.RecorderLabel)
    {
    }

    /// <summary>The official label.</summary>
    public const string OfficialLabel = "紀錄";

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        var label = meeting.Style.RecorderLabel.Trim().TrimEnd('：', ':');
        if (label == "記錄")
        {
            yield return Finding("style.recorderLabel", OfficialLabel);
        }
    }
}
