using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// The 受文者 of a 開會通知單 is one recipient, or 「如正副本」 when the notice is printed for
/// all of them (《文書處理手冊》; 國家文官學院《公文撰作解析》附錄 p. 36): a 受文者 named
/// nowhere among the 正本 and 副本 is almost always a leftover from another notice.
/// </summary>
internal sealed class NoticeRecipientRule : ConventionRule
{
    /// <summary>What a notice printed for every recipient says in 受文者.</summary>
    public const string AllRecipients = "如正副本";

    public NoticeRecipientRule()
        : base(DiagnosticRules.NoticeRecipient)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        if (meeting.Notice is not { Recipient: { } written } notice || written.Trim() is "" or AllRecipients)
        {
            yield break;
        }

        var units = notice.Originals.Concat(notice.Copies).Select(r => r.Unit?.Trim()).ToList();
        if (units.Count > 0 && !units.Contains(written.Trim(), StringComparer.Ordinal))
        {
            yield return Finding(
                "notice.recipient",
                null,
                $"「{written}」不在正本或副本中；印給全部受文者時寫「{AllRecipients}」",
                $"'{written}' is neither an addressee nor a copy; a notice printed for all says {AllRecipients}");
        }
    }
}
