using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Validation;

/// <summary>
/// Checks the choices of a meeting notice (開會通知單), a 公文 whose 速別 and 密等 take fixed
/// values (《文書處理手冊》; 國家文官學院《公文撰作解析》附錄 p. 36; the project's official-format
/// notes, section "The meeting notice"): 速別 is 最速件, 速件 or 普通件; 密等 is 普通 or one of
/// 密, 機密, 極機密, 絕對機密, and a classified notice states its 解密條件 or 保密期限.
/// </summary>
internal static class NoticeValidator
{
    private static readonly DataPath Notice = DataPath.Root.Property("notice");

    /// <summary>The values of 速別 (urgency).</summary>
    internal static readonly string[] Speeds = ["最速件", "速件", "普通件"];

    /// <summary>The values of 密等 (security classification); 普通 is unclassified.</summary>
    internal static readonly string[] Classifications = ["普通", "密", "機密", "極機密", "絕對機密"];

    /// <summary>The problems of <paramref name="meeting"/>'s notice; empty without a notice.</summary>
    public static IEnumerable<Diagnostic> Validate(Meeting meeting)
    {
        if (meeting.Notice is not { } notice)
        {
            yield break;
        }

        if (notice.Speed is { } speed && !Speeds.Contains(speed.Trim()))
        {
            yield return Diagnostic.Of(DiagnosticRules.NoticeSpeed, "notice.speed",
                $"速別「{speed}」不是最速件、速件或普通件",
                $"the urgency (速別) \"{speed}\" is not 最速件, 速件 or 普通件");
        }

        if (notice.Classification is { } classification)
        {
            var value = classification.Trim();
            if (!Classifications.Contains(value))
            {
                yield return Diagnostic.Of(DiagnosticRules.NoticeClassification, "notice.classification",
                    $"密等「{classification}」不是普通、密、機密、極機密或絕對機密",
                    $"the classification (密等) \"{classification}\" is not 普通, 密, 機密, 極機密 or 絕對機密");
            }
            else if (value != "普通" && string.IsNullOrWhiteSpace(notice.Declassification))
            {
                yield return Diagnostic.Of(DiagnosticRules.NoticeDeclassification, "notice.classification",
                    $"密等為「{value}」時須填寫解密條件或保密期限（declassification）",
                    $"a notice classified {value} needs its declassification condition or confidentiality period (declassification, 解密條件或保密期限)");
            }
        }

        for (var i = 0; i < notice.Copies.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(notice.Copies[i].Unit))
            {
                yield return Diagnostic.Of(DiagnosticRules.EmptyField, Notice.Property("copies").Item(i).Property("unit").ToString(), "副本受文單位不可空白", "a copy's unit must not be blank");
            }
        }

        for (var i = 0; i < notice.Originals.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(notice.Originals[i].Unit))
            {
                yield return Diagnostic.Of(DiagnosticRules.EmptyField, Notice.Property("originals").Item(i).Property("unit").ToString(), "正本受文單位不可空白", "an addressee's unit must not be blank");
            }
        }
    }
}
