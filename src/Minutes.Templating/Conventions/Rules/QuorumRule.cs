using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// A committee resolves only with more than half of its members present (立法院議事規則 and
/// the councils' 議事規則; see docs/conventions). Checked only when the meeting declares its
/// membership (<see cref="Attendance.Membership"/>) and lists its members, so the count is
/// known: each resolution (決議) recorded without a quorum is reported.
/// </summary>
internal sealed class QuorumRule : ConventionRule
{
    public QuorumRule()
        : base(DiagnosticRules.Quorum)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts)
    {
        var attendance = meeting.Attendance;
        if (attendance.Membership is not { } members || !attendance.HasMembersListed || attendance.PresentCount * 2 > members)
        {
            return [];
        }

        // One finding per resolution, at the field, however many points it has.
        var resolutions = texts.Where(t => t.Role == TextRole.Resolution)
            .Select(t => t.Path.IndexOf("[", t.Path.LastIndexOf("resolution", StringComparison.OrdinalIgnoreCase), StringComparison.Ordinal) is var cut and > 0 ? t.Path.Substring(0, cut) : t.Path)
            .Distinct(StringComparer.Ordinal);
        return resolutions.Select(path => Finding(path, null,
            $"應出席 {members} 人，實到 {attendance.PresentCount} 人，未過半數（須至少 {members / 2 + 1} 人）；請確認出席名單與狀態，或註明改為談話會",
            $"{attendance.PresentCount} of {members} members present, not more than half (at least {members / 2 + 1} needed); check the attendance and statuses"));
    }
}
