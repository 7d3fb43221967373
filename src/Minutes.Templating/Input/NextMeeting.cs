using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Input;

/// <summary>
/// The next meeting of a recurring body, prepared from the last one (what <c>minutes next</c>
/// writes): the same body, officials and attendance; the session advanced; and a follow-up
/// section (上次會議決議（定）事項辦理情形) with one row per decision (決定), resolution (決議) and
/// chair's ruling (主席裁示) of the last meeting, plus every row its follow-up kept open (繼續列管).
/// </summary>
public static class NextMeeting
{
    /// <summary>The heading of the follow-up section the next meeting opens with.</summary>
    public const string FollowUpTitle = "上次會議決議（定）事項辦理情形";

    /// <summary>The tracking (列管建議) of every row carried to the next meeting.</summary>
    public const string KeepTracking = "繼續列管";

    private static readonly Regex Count = new(@"第(?<n>[0-9０-９]+)次", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
    private static readonly Regex Year = new(@"(?<y>[0-9０-９]{2,3})年度?", RegexOptions.CultureInvariant);

    /// <summary>Prepares the next meeting from <paramref name="previous"/>.</summary>
    /// <param name="previous">The last meeting, as read from its file or extracted from its .docx.</param>
    /// <param name="date">
    /// The next meeting's date, when known; otherwise the last meeting's date is kept for the
    /// recorder to change (the written file says so).
    /// </param>
    /// <returns>
    /// A meeting with the same agency, name, place, start time, officials, attendance groups
    /// (statuses and substitutes cleared), style and membership; <see cref="Meeting.Session"/>
    /// advanced by <see cref="AdvanceSession"/>; no end time, attachments or notice; and one
    /// section, a <see cref="FollowUpSection"/> titled <see cref="FollowUpTitle"/> whose rows have
    /// an empty 辦理情形 and the tracking <see cref="KeepTracking"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    public static Meeting From(Meeting previous, DateTime? date = null)
    {
        _ = previous ?? throw new ArgumentNullException(nameof(previous));
        var next = date ?? previous.Date;
        return previous with
        {
            Session = previous.Session is null ? null : AdvanceSession(previous.Session, previous.Date, next),
            Date = next,
            End = null,
            ActingChair = false,
            Attendance = previous.Attendance with
            {
                Groups = new ValueList<AttendanceGroup>(previous.Attendance.Groups.Select(g => g with
                {
                    People = new ValueList<Attendee>(g.People.Select(p => p with { Status = null, Substitute = null })),
                })),
            },
            Sections = ValueList.Of<Section>(new FollowUpSection { Title = FollowUpTitle, Items = new ValueList<FollowUpItem>(FollowUpRows(previous)) }),
            Attachments = ValueList<Attachment>.Empty,
            Notice = null,
        };
    }

    /// <summary>
    /// Advances a session: the last 「第N次」 becomes 「第N+1次」; but when the session names a year
    /// (114年度, 114年) and <paramref name="nextDate"/> falls in a later ROC year than
    /// <paramref name="previousDate"/>, the year becomes the new one and the count restarts at
    /// 第1次 (114年度第4次 on 114-12-10 → 115年度第1次 on 115-01-14). Full-width digits (第４次) are
    /// read like ASCII ones and the advanced number is written in ASCII. A session without 第N次
    /// (or with a count too large to advance) is kept as written.
    /// </summary>
    /// <param name="session">The last session, such as 114年度第4次.</param>
    /// <param name="previousDate">The last meeting's date.</param>
    /// <param name="nextDate">The next meeting's date.</param>
    /// <returns>The next session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public static string AdvanceSession(string session, DateTime previousDate, DateTime nextDate)
    {
        _ = session ?? throw new ArgumentNullException(nameof(session));
        var count = Count.Match(session);
        if (!count.Success || !ClerkDigits.TryParse(count.Groups["n"].Value, out var last) || last == int.MaxValue)
        {
            return session;
        }

        var year = Year.Match(session);
        var nextYear = nextDate.GetRocYear();
        var rolls = year.Success && year.Index < count.Index && nextYear > previousDate.GetRocYear()
            && ClerkDigits.TryParse(year.Groups["y"].Value, out var sessionYear) && sessionYear < nextYear;
        var n = rolls ? 1 : last + 1;
        var advanced = new StringBuilder(session)
            .Remove(count.Index, count.Length)
            .Insert(count.Index, $"第{n.ToString(CultureInfo.InvariantCulture)}次");
        if (rolls)
        {
            // The year stands before the count, so replacing the count left its position as it was.
            var y = year.Groups["y"];
            advanced.Remove(y.Index, y.Length).Insert(y.Index, nextYear.ToString(CultureInfo.InvariantCulture));
        }

        return advanced.ToString();
    }

    /// <summary>
    /// Writes <paramref name="next"/> as YAML, like <see cref="MeetingWriter.ToYaml"/>, with
    /// comments in Chinese before the keys the recorder fills in (date, time, attendance,
    /// sections and each row's 辦理情形).
    /// </summary>
    /// <param name="next">The next meeting, usually from <see cref="From"/>.</param>
    /// <param name="source">What it was prepared from (a file name), named in the first comment; or null.</param>
    /// <returns>YAML that <see cref="MeetingReader"/> reads back into an equal meeting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public static string ToYaml(Meeting next, string? source = null)
    {
        _ = next ?? throw new ArgumentNullException(nameof(next));
        var comments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["session"] = "# 屆次已依上次會議推進一次；跨年度時請以 date 為準確認",
            ["date"] = "# 請確認本次開會日期（未以 --date 指定時沿用上次日期）",
            ["start"] = "# 請確認開會時間與地點",
            ["chair"] = "# 請確認主席及紀錄人員",
            ["attendance"] = "# 出席名單沿用上次會議；請假、缺席、代理等狀態請於會後填寫（status、substitute）",
            ["sections"] = "# 第一段為上次會議決議（定）事項之列管表：每列請填寫辦理情形（status），並確認列管建議（tracking：解除列管或繼續列管）\n# 其後請依議程加上報告事項、討論事項、臨時動議等段落",
        };
        var yaml = new StringBuilder();
        yaml.Append("# 下次會議資料").Append(source is null ? "" : $"：由「{source}」產生").Append("（minutes next）\n");
        foreach (var line in MeetingWriter.ToYaml(next).Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[0] != ' ' && line[0] != '-' && comments.TryGetValue(line.Substring(0, colon), out var comment))
            {
                yaml.Append(comment).Append('\n');
            }

            yaml.Append(line).Append('\n');
        }

        return yaml.ToString().TrimEnd('\n') + "\n";
    }

    // The body a point of an outline belongs to: sections[0].items[1].resolution[2].text → sections[0].items[1].resolution.
    private static readonly Regex BodyPath = new(@"^(.*?\.(?:decision|resolution|riderResolution|ruling))\[", RegexOptions.CultureInvariant);

    private static IEnumerable<FollowUpItem> FollowUpRows(Meeting previous)
    {
        var texts = new List<(string Path, string Text, TextRole? Role)>();
        ModelWalker.VisitTexts(previous, (value, at) =>
        {
            if (at.Role is not null)
            {
                texts.Add((at.Path().ToString(), value, at.Role));
            }
        });
        var byPath = texts.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);

        for (var s = 0; s < previous.Sections.Count; s++)
        {
            var section = previous.Sections[s];
            var prefix = $"sections[{s.ToString(CultureInfo.InvariantCulture)}]";
            if (section is FollowUpSection followUp)
            {
                foreach (var kept in followUp.Items.Where(Kept))
                {
                    yield return kept with { Status = null, Tracking = KeepTracking, Decision = null };
                }

                continue;
            }

            var inSection = texts.Where(t => t.Path.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList();

            // A decision, resolution or ruling written as an outline is one row: its points, one per line.
            var bodies = inSection
                .Where(t => t.Role is TextRole.Decision or TextRole.Resolution || t.Path.Contains(".ruling[", StringComparison.Ordinal))
                .GroupBy(t => BodyPath.Match(t.Path) is { Success: true } body ? body.Groups[1].Value : t.Path, StringComparer.Ordinal);
            foreach (var body in bodies)
            {
                var item = Parent(body.Key);
                var subject = Find(byPath, item, "subject") ?? Find(byPath, item, "title") ?? Find(byPath, item, "text")
                    ?? (Find(byPath, item, "unit") is { } unit ? unit + "業務報告" : section.Heading);
                yield return Row(subject, string.Join("\n", body.Select(t => t.Text)), Ancestor(byPath, item, "unit"));
            }

            // The chair's rulings to the meeting as a whole: the text after the heading and each
            // item (with its sub-items, one per line) are a row each.
            if (section is InstructionsSection instructions)
            {
                if (!string.IsNullOrWhiteSpace(instructions.Text))
                {
                    yield return Row(section.Heading, instructions.Text!, null);
                }

                foreach (var item in instructions.Items)
                {
                    yield return Row(section.Heading, string.Join("\n", Lines(item)), null);
                }
            }
        }
    }

    /// <summary>An item's text, then its sub-items' texts, depth first.</summary>
    private static IEnumerable<string> Lines(OutlineItem item) =>
        new[] { item.Text }.Concat(item.Items.SelectMany(Lines));

    private static FollowUpItem Row(string subject, string resolution, string? unit) =>
        new() { Subject = subject, Resolution = resolution, Unit = unit, Tracking = KeepTracking };

    /// <summary>A row the last meeting kept open: its decision, or else its tracking, says 繼續列管.</summary>
    private static bool Kept(FollowUpItem item) =>
        (string.IsNullOrWhiteSpace(item.Decision) ? item.Tracking : item.Decision)?.Contains(KeepTracking) == true;

    private static string? Find(Dictionary<string, string> byPath, string item, string key) =>
        byPath.TryGetValue($"{item}.{key}", out var text) ? text : null;

    /// <summary>The nearest <paramref name="key"/> at or above <paramref name="item"/>, such as the unit of the report a ruling belongs to.</summary>
    private static string? Ancestor(Dictionary<string, string> byPath, string item, string key)
    {
        for (var path = item; path.Length > 0; path = Parent(path))
        {
            if (Find(byPath, path, key) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The path without its last step: <c>a.b[2]</c> → <c>a.b</c>, <c>a.b</c> → <c>a</c>.</summary>
    private static string Parent(string path)
    {
        var cut = path.EndsWith("]", StringComparison.Ordinal) ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut < 0 ? "" : path.Substring(0, cut);
    }
}
