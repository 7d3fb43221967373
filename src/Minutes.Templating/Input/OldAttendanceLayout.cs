using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Input;

/// <summary>
/// Reads version 0.2's attendance lists, <c>present</c>, <c>observers</c> and <c>absent</c>, as
/// today's <c>groups</c>, so last year's meeting files still render, with a warning (rule
/// <c>old-layout</c>) saying how to write them now. The rewrite is of the parsed tree, before
/// binding: each person keeps the source location it was written at, so every finding about
/// it points at its own line, and <see cref="SourcePath"/> gives its path in the file as written.
/// </summary>
/// <remarks>
/// What 0.2's minutes printed decides the groups: 出席 (or 出席單位及人員 with numbered facts) for
/// <c>present</c>, with the attendance note in brackets after the names; 列席 (列席單位及人員)
/// for <c>observers</c>; 請假 (請假人員) for <c>absent</c>, today people of the members' group
/// with status 請假. An entry is written as today: a unit alone as text, or unit and person.
/// </remarks>
internal sealed class OldAttendanceLayout
{
    private const string Attendance = "attendance";
    private static readonly string[] Lists = { "present", "observers", "absent" };

    /// <summary>Old paths by the paths the rewritten tree binds them at.</summary>
    private readonly Dictionary<DataPath, DataPath> sourcePaths = new();

    private OldAttendanceLayout()
    {
    }

    /// <summary>
    /// The meeting tree with an old-layout attendance rewritten into groups (the same tree when
    /// there is none, or when <c>groups</c> is written too: the binder then refuses the old keys),
    /// and the warning or problems found.
    /// </summary>
    public static (DataNode Root, OldAttendanceLayout Paths, IReadOnlyList<Diagnostic> Diagnostics) Rewrite(DataNode root)
    {
        var layout = new OldAttendanceLayout();
        var diagnostics = new List<Diagnostic>();
        if (root is not DataMapping meeting
            || meeting.Entries.FirstOrDefault(e => e.Key.Value == Attendance).Value is not DataMapping attendance)
        {
            return (root, layout, diagnostics);
        }

        var old = attendance.Entries.Where(e => Lists.Contains(e.Key.Value)).ToList();
        if (old.Count == 0 || attendance.Entries.Any(e => e.Key.Value == "groups"))
        {
            return (root, layout, diagnostics);
        }

        var first = old[0].Key;
        var lists = new Dictionary<string, IReadOnlyList<DataNode>>();
        foreach (var entry in old)
        {
            if (lists.ContainsKey(entry.Key.Value))
            {
                var path = DataPath.Root.Property(Attendance).Property(entry.Key.Value);
                diagnostics.Add(Diagnostic.Of(DiagnosticRules.DuplicateKey, path.ToString(),
                    $"鍵「{entry.Key.Value}」重複出現：同一層不能有兩個相同的鍵；請把名單合併在同一個「{entry.Key.Value}:」之下",
                    $"key '{entry.Key.Value}' appears more than once: put the whole list under one '{entry.Key.Value}:'", entry.Key.Location));
                continue;
            }

            // As the binder reads any list: one value is a list of one; ~ is none.
            lists[entry.Key.Value] = entry.Value switch
            {
                DataSequence sequence => sequence.Items,
                DataScalar { IsNull: true } => [],
                var single => [single],
            };
        }

        var numbered = IsNumbered(meeting);
        var present = lists.TryGetValue("present", out var p) ? p : [];
        var absent = lists.TryGetValue("absent", out var a) ? a : [];
        var observers = lists.TryGetValue("observers", out var o) ? o : [];
        var note = attendance.Entries.FirstOrDefault(e => e.Key.Value == "note");
        // A note written twice stays where it is, for the binder to report the duplicate key.
        var noteMoved = present.Count + absent.Count > 0 && attendance.Entries.Count(e => e.Key.Value == "note") == 1;
        var groups = new List<DataNode>();
        var groupsPath = DataPath.Root.Property(Attendance).Property("groups");
        var oldRoot = DataPath.Root.Property(Attendance);
        if (present.Count + absent.Count > 0)
        {
            var groupPath = groupsPath.Item(groups.Count);
            var people = present.Concat(absent.Select(OnLeave)).ToList();
            for (var i = 0; i < present.Count; i++)
            {
                layout.sourcePaths[groupPath.Property("people").Item(i)] = oldRoot.Property("present").Item(i);
            }

            for (var i = 0; i < absent.Count; i++)
            {
                layout.sourcePaths[groupPath.Property("people").Item(present.Count + i)] = oldRoot.Property("absent").Item(i);
            }

            var entries = new List<KeyValuePair<DataScalar, DataNode>> { Entry("label", numbered ? "出席單位及人員" : AttendanceStatus.Present, first) };
            if (noteMoved)
            {
                // 0.2 printed the note in brackets after the names, as a group's note is printed.
                entries.Add(note);
                layout.sourcePaths[groupPath.Property("note")] = oldRoot.Property("note");
            }

            entries.Add(new(Key("people", first), new DataSequence(people, first.Location)));
            groups.Add(new DataMapping(entries, first.Location));
        }

        if (observers.Count > 0)
        {
            var groupPath = groupsPath.Item(groups.Count);
            for (var i = 0; i < observers.Count; i++)
            {
                layout.sourcePaths[groupPath.Property("people").Item(i)] = oldRoot.Property("observers").Item(i);
            }

            groups.Add(new DataMapping(
                [
                    Entry("label", numbered ? "列席單位及人員" : "列席", first),
                    Entry("observers", "true", first),
                    new(Key("people", first), new DataSequence(observers, first.Location)),
                ],
                first.Location));
        }

        var kept = attendance.Entries
            .Where(e => !Lists.Contains(e.Key.Value) && !(noteMoved && e.Key.Value == "note"))
            .Append(new(Key("groups", first), new DataSequence(groups, first.Location)))
            .ToList();
        var rewritten = meeting.Entries
            .Select(e => e.Key.Value == Attendance ? new KeyValuePair<DataScalar, DataNode>(e.Key, new DataMapping(kept, attendance.Location)) : e)
            .ToList();

        var listed = string.Join("／", old.Select(e => e.Key.Value).Distinct());
        diagnostics.Add(Diagnostic.Of(DiagnosticRules.OldLayout, oldRoot.Property(first.Value).ToString(),
            $"出席名單使用 0.2 版的寫法（{listed}），本版仍可讀取；建議改寫成現行寫法：名單請寫在 groups 之下，每組寫 label 與 people（列席的組加 observers: true，請假者在 people 中寫 status: 請假）",
            $"the attendance is in the 0.2 layout ({listed.Replace('／', '/')}); it is still read. Write it today under groups, each group with a label and people (observers: true for 列席; status: 請假 for those on leave)",
            first.Location));
        return (new DataMapping(rewritten, meeting.Location), layout, diagnostics);
    }

    /// <summary>
    /// The path of <paramref name="path"/> in the file as written: a person the rewrite moved
    /// into a group (<c>attendance.groups[0].people[9].person.name</c>) is named where the file
    /// lists it (<c>attendance.absent[1].person.name</c>); other paths are returned unchanged.
    /// </summary>
    public string SourcePath(string path)
    {
        if (sourcePaths.Count == 0 || path.Length == 0)
        {
            return path;
        }

        var steps = new Stack<DataPath>();
        for (var at = DataPath.Parse(path); !at.IsRoot; at = at.Parent!)
        {
            if (sourcePaths.TryGetValue(at, out var old))
            {
                foreach (var step in steps)
                {
                    old = step.Key is null ? old.Item(step.Index) : old.Property(step.Key);
                }

                return old.ToString();
            }

            steps.Push(at);
        }

        return path;
    }

    /// <summary>0.2's absent entry as a person of the members' group on leave (請假), unless it says its own status.</summary>
    private static DataNode OnLeave(DataNode entry) => entry switch
    {
        DataMapping mapping when mapping.Entries.All(e => e.Key.Value != "status") =>
            new DataMapping(mapping.Entries.Append(Entry("status", AttendanceStatus.OnLeave, mapping)).ToList(), mapping.Location),
        DataScalar { IsNull: false } unit =>
            new DataMapping([new(Key("unit", unit), unit), Entry("status", AttendanceStatus.OnLeave, unit)], unit.Location),
        _ => entry,
    };

    /// <summary>True when the file's style numbers the meeting facts (<c>style.numberedFacts: true</c>), which 0.2's labels followed.</summary>
    private static bool IsNumbered(DataMapping meeting) =>
        meeting.Entries.FirstOrDefault(e => e.Key.Value == "style").Value is DataMapping style
        && style.Entries.FirstOrDefault(e => e.Key.Value == "numberedFacts").Value is DataScalar { Value: "true" };

    private static DataScalar Key(string key, DataNode at) => new(key, ScalarStyle.Text, at.Location);

    private static KeyValuePair<DataScalar, DataNode> Entry(string key, string value, DataNode at) =>
        new(Key(key, at), new DataScalar(value, value == "true" ? ScalarStyle.Plain : ScalarStyle.Text, at.Location));
}
