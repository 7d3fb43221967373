using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Minutes.Templating.Conventions;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// FsCheck generators for meetings and all their parts. Texts mix CJK (BMP and Extension B,
/// which needs surrogate pairs), emoji and ZWJ sequences, Hangul, Arabic, combining marks,
/// XML and Scriban specials (<c>&lt;&amp;&gt;"'</c>, <c>{{ }}</c>, <c>]]&gt;</c>), line breaks,
/// tabs and exotic spaces, and now and then very long texts. Lists are short, except that
/// about one meeting in twenty-five carries a list of hundreds of items; outlines nest up to
/// eight levels.
/// </summary>
public static class MeetingGenerators
{
    /// <summary>Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates.</summary>
    public static IReadOnlyList<string> UnholdableCharacters { get; } =
        Enumerable.Range(0, 0x20).Where(c => c is not (0x09 or 0x0A or 0x0D)).Select(c => ((char)c).ToString())
            .Concat(["\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF"])
            .ToArray();

    private static readonly string[] Pieces =
    [
        "<", ">", "&", "\"", "'", "<&>\"'", "&amp;", "<w:t>", "]]>", "{{", "}}", "{{ meeting.name }}", "{%", "\\",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u3000", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u0085", "\uFFFD",
        "😀", "👨‍👩‍👧", "🇹🇼", "𠀋", "𡒊", "𪚥", "é", "e\u0301", "가나다", "مرحبا", "שלום", "नमस्ते", "ไทย", "Ωμέγα",
        "臺灣", "宜蘭縣政府", "（", "）", "、", "：", "。", "，", "abc", "A1", "0", "-", "#", ":", "- item", "? x", "null", "~", "true", "'quoted'",
    ];

    /// <summary>A text that XML can hold, mostly short, sometimes empty.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (30, Han(1, 12)),
        (30, Gen.Sized(size => Gen.Choose(0, Math.Max(1, size / 4)).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(p => string.Concat(p)))),
        (6, Gen.Constant("")));

    /// <summary>Like <see cref="Text"/>, but now and then thousands of characters long.</summary>
    public static Gen<string> TextOrLong { get; } = Gen.Frequency((40, Text), (1, Han(1000, 5000)));

    /// <summary>A text with something in it besides white space.</summary>
    public static Gen<string> NonBlankText { get; } = Text.Where(t => t.Trim().Length > 0);

    /// <summary>A name: mostly two to four Han characters (compound surnames included), sometimes any non-blank text.</summary>
    public static Gen<string> Name { get; } = Gen.Frequency(
        (6, Han(2, 4)),
        (2, Gen.Elements("歐陽修", "張簡文彬", "陳林美惠", "司馬光明", "𡒊錫祿", "Ari Lin", "瓦歷斯·諾幹")),
        (2, NonBlankText.Select(WithoutLineBreaks).Where(t => t.Trim().Length > 0)));

    /// <summary>Generates <see cref="Meeting"/> values.</summary>
    public static Arbitrary<Meeting> Meeting() => MeetingGen(Text, TextOrLong).ToArbitrary();

    /// <summary>Generates meetings in which some texts hold a character XML cannot store.</summary>
    public static Arbitrary<PoisonedMeeting> PoisonedMeeting()
    {
        var poisoned = Gen.Frequency(
            (1, Gen.Elements(UnholdableCharacters.ToArray()).SelectMany(bad => Text.SelectMany(text =>
                Gen.Choose(0, text.Length).Select(at => text.Insert(SafeInsertionPoint(text, at), bad))))),
            (9, Text));
        return MeetingGen(poisoned, poisoned)
            .Select(meeting => new PoisonedMeeting(meeting))
            .Where(p => p.PoisonedPaths.Count > 0)
            .ToArbitrary();
    }

    /// <summary>The paths of a meeting's texts (every text with a role, as lint collects them, and the two style texts) that hold a character XML cannot store.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="surrogates">Whether an unpaired surrogate counts; JSON writing replaces it with U+FFFD.</param>
    public static IReadOnlyList<string> PathsWithUnholdableCharacters(Meeting meeting, bool surrogates = true) =>
        TextCollector.Collect(meeting).Select(t => (t.Path, t.Text))
            .Append(("style.recorderLabel", meeting.Style.RecorderLabel))
            .Append(("style.emptySection", meeting.Style.EmptySection))
            .Where(t => HasUnholdable(t.Item2, surrogates))
            .Select(t => t.Item1)
            .ToList();

    private static bool HasUnholdable(string text, bool surrogates)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || (surrogates && char.IsSurrogate(c)) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves an insertion point off the middle of a surrogate pair, so the only unpaired surrogate is the inserted one.</summary>
    private static int SafeInsertionPoint(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;

    /// <summary>A one-line text (every text but those of paragraphs, see MultiLineAttribute): <paramref name="text"/> without CR and LF.</summary>
    private static Gen<string> Line(Gen<string> text) => text.Select(WithoutLineBreaks);

    private static string WithoutLineBreaks(string text) => text.Replace("\r", "").Replace("\n", "");

    private static Gen<string> Han(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c), n)).Select(c => new string(c));

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> MaybeText(Gen<string> text) => Maybe(text);

    /// <summary>A list of up to a few items.</summary>
    private static Gen<ValueList<T>> List<T>(Gen<T> item, int few = 4) =>
        Gen.Choose(0, few).SelectMany(n => Gen.ArrayOf(item, n)).Select(items => new ValueList<T>(items));

    /// <summary>A list of hundreds of items.</summary>
    private static Gen<ValueList<T>> Hundreds<T>(Gen<T> item) =>
        Gen.Choose(100, 300).SelectMany(n => Gen.ArrayOf(item, n)).Select(items => new ValueList<T>(items));

    private static Gen<Person> PersonGen(Gen<string> text) =>
        from name in Gen.Frequency((4, Name), (1, text.Where(t => t.Trim().Length > 0)))
        from title in MaybeText(Gen.Frequency((3, Gen.Elements("秘書長", "委員", "處長", "科長")), (1, text)))
        from surname in Gen.Frequency((8, Gen.Constant<string?>(null)), (1, MaybeText(text)))
        from unit in MaybeText(text)
        select new Person { Name = name, Title = title, Surname = surname, Unit = unit };

    /// <summary>An attendee with any status: 代理 always with a substitute, a substitute alone meaning 代理.</summary>
    private static Gen<Attendee> AttendeeGen(Gen<string> text) =>
        from unit in MaybeText(text)
        from person in Maybe(PersonGen(Line(text)))
        from role in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, MaybeText(text)))
        from status in Gen.Frequency((4, Gen.Constant<string?>(null)), (3, Gen.Elements<string?>(AttendanceStatus.All.ToArray())))
        from substitute in status == AttendanceStatus.Substituted
            ? Name.Select(n => (string?)n)
            : Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Name.Select(n => (string?)n)))
        select new Attendee { Unit = unit, Person = person, Role = role, Status = status, Substitute = substitute };

    private static Gen<AttendanceGroup> GroupGen(Gen<string> text) =>
        from label in Gen.Frequency((4, Gen.Elements("出席委員", "列席單位人員", "列席官員", "出席召集委員", "請假", "缺席", "未派員")), (1, text))
        from observers in Gen.Elements(false, true)
        from note in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, MaybeText(text)))
        from people in List(AttendeeGen(Line(text)), 6)
        select new AttendanceGroup { Label = label, Observers = observers, Note = note, People = people };

    private static Gen<OutlineItem> OutlineItemGen(Gen<string> text, int depth) =>
        from itemText in text
        from items in depth <= 1
            ? Gen.Constant(ValueList<OutlineItem>.Empty)
            : Gen.Frequency(
                (3, Gen.Constant(ValueList<OutlineItem>.Empty)),
                (1, Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(OutlineItemGen(text, depth - 1), n)).Select(a => new ValueList<OutlineItem>(a))))
        select new OutlineItem { Text = itemText, Items = items };

    private static Gen<ValueList<OutlineItem>> Outline(Gen<string> text) =>
        Gen.Frequency((4, Gen.Constant(3)), (1, Gen.Constant(8))).SelectMany(depth => List(OutlineItemGen(text, depth), 3));

    /// <summary>A body: absent, plain text (one point), or an outline.</summary>
    private static Gen<ValueList<OutlineItem>> Body(Gen<string> text) =>
        Gen.Frequency(
            (1, Gen.Constant(ValueList<OutlineItem>.Empty)),
            (2, text.Select(t => ValueList.Of(new OutlineItem { Text = t }))),
            (1, Outline(text)));

    private static Gen<VoteCount> VoteCountGen(Gen<string> text) =>
        from method in MaybeText(text)
        from inFavour in Gen.Choose(0, 1000)
        from against in Gen.Choose(0, 1000)
        from abstain in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1000).Select(v => (int?)v)))
        select new VoteCount { Method = method, For = inFavour, Against = against, Abstain = abstain };

    private static Gen<Report> ReportGen(Gen<string> text) =>
        from unit in MaybeText(Line(text))
        from title in MaybeText(Line(text))
        from content in Outline(text)
        from suggestions in List(
            from suggestionText in Line(text)
            from author in Maybe(PersonGen(Line(text)))
            from response in Body(text)
            from ruling in Body(text)
            select new Suggestion { Text = suggestionText, By = author, Response = response, Ruling = ruling }, 2)
        from decision in Body(text)
        select new Report { Unit = unit, Title = title, Content = content, Suggestions = suggestions, Decision = decision };

    private static Gen<Proposal> ProposalGen(Gen<string> text) =>
        from subject in Line(text)
        from unit in MaybeText(Line(text))
        from proposer in Maybe(PersonGen(Line(text)))
        from explanation in Outline(text)
        from method in Outline(text)
        from resolution in Body(text)
        from votes in Maybe(VoteCountGen(Line(text)))
        select new Proposal { Subject = subject, Unit = unit, Proposer = proposer, Explanation = explanation, Method = method, Resolution = resolution, Votes = votes };

    private static Gen<Motion> MotionGen(Gen<string> text) =>
        from subject in Line(text)
        from proposer in Maybe(PersonGen(Line(text)))
        from unit in MaybeText(Line(text))
        from explanation in Outline(text)
        from resolution in Body(text)
        from votes in Maybe(VoteCountGen(Line(text)))
        select new Motion { Subject = subject, Proposer = proposer, Unit = unit, Explanation = explanation, Resolution = resolution, Votes = votes };

    private static Gen<FollowUpItem> FollowUpItemGen(Gen<string> text) =>
        from subject in text
        from unit in MaybeText(Line(text))
        from status in MaybeText(text)
        from decision in MaybeText(text)
        from number in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, MaybeText(Line(text))))
        from resolution in MaybeText(text)
        from tracking in Gen.Frequency((3, Gen.Elements<string?>(null, "解除列管", "繼續列管", "自行列管")), (1, MaybeText(Line(text))))
        select new FollowUpItem { Number = number, Subject = subject, Resolution = resolution, Unit = unit, Status = status, Tracking = tracking, Decision = decision };

    private static Gen<Section> SectionGen(Gen<string> text)
    {
        var title = MaybeText(Line(text));
        Gen<(string? Text, ValueList<OutlineItem> Items)> outline =
            from sectionText in MaybeText(text)
            from items in Outline(text)
            select (sectionText, items);
        return Gen.OneOf(
            from t in title from o in outline select (Section)new RemarksSection { Title = t, Text = o.Text, Items = o.Items },
            from t in title from o in outline select (Section)new AnnouncementsSection { Title = t, Text = o.Text, Items = o.Items },
            from t in title from o in outline select (Section)new InstructionsSection { Title = t, Text = o.Text, Items = o.Items },
            from t in Line(text).Where(t => t.Length > 0) from o in outline select (Section)new TextSection { Title = t, Text = o.Text, Items = o.Items },
            from t in title from intro in MaybeText(text) from items in List(ReportGen(text), 3) select (Section)new ReportsSection { Title = t, Intro = intro, Items = items },
            from t in title from items in List(ProposalGen(text), 3) select (Section)new ProposalsSection { Title = t, Items = items },
            from t in title from items in List(ProposalGen(text), 3) select (Section)new ReviewsSection { Title = t, Items = items },
            from t in title from items in List(MotionGen(text), 3) select (Section)new MotionsSection { Title = t, Items = items },
            from t in title from followUpText in MaybeText(text) from items in List(FollowUpItemGen(text), 3) select (Section)new FollowUpSection { Title = t, Text = followUpText, Items = items });
    }

    private static Gen<Notice> NoticeGen(Gen<string> text)
    {
        var unit = text.Where(t => t.Trim().Length > 0);
        var recipient =
            from name in unit
            from withAttachments in Gen.Elements(false, true)
            select new NoticeRecipient { Unit = name, WithAttachments = withAttachments };
        var agencyContact =
            from address in MaybeText(text)
            from contact in Maybe(PersonGen(Line(text)))
            from phone in MaybeText(text)
            from fax in MaybeText(text)
            from email in MaybeText(text)
            select new AgencyContact { Address = address, Contact = contact, Phone = phone, Fax = fax, Email = email };
        var secrecy = Gen.OneOf(
            Gen.Constant<(string?, string?)>((null, null)),
            MaybeText(text).Select(d => ((string?)"普通", d)),
            from level in Gen.Elements("密", "機密", "極機密", "絕對機密")
            from condition in unit
            select ((string?)level, (string?)condition));
        var basics =
            from purpose in MaybeText(text)
            from reference in MaybeText(text)
            from issuedOn in Gen.Frequency((1, Gen.Constant<DateTime?>(null)), (2, DateGen.Select(d => (DateTime?)d)))
            from contact in Maybe(PersonGen(Line(text)))
            from phone in MaybeText(text)
            from copies in List(recipient, 3)
            from remarks in List(text, 3)
            select new Notice { Purpose = purpose, Reference = reference, IssuedOn = issuedOn, Contact = contact, Phone = phone, Copies = copies, Remarks = remarks };
        return
            from notice in basics
            from fileNumber in MaybeText(text)
            from retention in MaybeText(text)
            from agency in Maybe(agencyContact)
            from addressee in MaybeText(text)
            from speed in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Elements<string?>("最速件", "速件", "普通件")))
            from classified in secrecy
            from attachments in List(text, 3)
            from originals in List(recipient, 3)
            select notice with
            {
                FileNumber = fileNumber,
                RetentionPeriod = retention,
                AgencyContact = agency,
                Recipient = addressee,
                Speed = speed,
                Classification = classified.Item1,
                Declassification = classified.Item2,
                Attachments = attachments,
                Originals = originals,
            };
    }

    private static Gen<DocumentStyle> StyleGen(Gen<string> text) =>
        from recorderLabel in Gen.Frequency((4, Gen.Elements("紀錄", "記錄")), (1, text))
        from halfWidth in Gen.Elements(false, true)
        from numberedFacts in Gen.Elements(false, true)
        from actingChairLine in Gen.Elements(false, true)
        from emptySection in Gen.Frequency((4, Gen.Elements("無。", "")), (1, text))
        select new DocumentStyle { RecorderLabel = recorderLabel, HalfWidthBrackets = halfWidth, NumberedFacts = numberedFacts, ActingChairLine = actingChairLine, EmptySection = emptySection };

    private static Gen<DateTime> DateGen { get; } =
        Gen.Choose(0, (new DateTime(2100, 12, 31) - new DateTime(1912, 1, 1)).Days).Select(days => new DateTime(1912, 1, 1).AddDays(days));

    /// <summary>
    /// Meetings of three profiles: short texts and lists (18 in 20), some texts thousands of
    /// characters long (1 in 20), or one list of hundreds of items (1 in 20): those present, the
    /// proposals of a section, the items of an outline section, or the attachments.
    /// </summary>
    private static Gen<Meeting> MeetingGen(Gen<string> text, Gen<string> textOrLong) => Gen.Frequency(
        (18, MeetingGen(text)),
        (1, MeetingGen(textOrLong)),
        (1, MeetingGen(text).SelectMany(meeting => Gen.OneOf(
            Hundreds(AttendeeGen(Line(text))).Select(present => meeting with { Attendance = meeting.Attendance with { Groups = ValueList.Of(new AttendanceGroup { Label = "出席委員", People = present }) } }),
            Hundreds(ProposalGen(text)).Select(items => meeting with { Sections = new ValueList<Section>(meeting.Sections.Append(new ProposalsSection { Items = items })) }),
            Hundreds(OutlineItemGen(text, 2)).Select(items => meeting with { Sections = new ValueList<Section>(meeting.Sections.Append(new InstructionsSection { Items = items })) }),
            Hundreds(Line(text).Select(t => new Attachment { Title = t })).Select(attachments => meeting with { Attachments = attachments })))));

    private static Gen<Meeting> MeetingGen(Gen<string> text)
    {
        var nonBlank = Line(text).Where(t => t.Trim().Length > 0);
        var facts =
            from agency in nonBlank
            from name in nonBlank
            from session in MaybeText(Line(text))
            from date in DateGen
            from start in Gen.Choose(0, (24 * 60) - 1)
            from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 240).Select(v => (int?)v)))
            from location in nonBlank
            select (agency, name, session, date, start, length, location);
        var people =
            from chair in Gen.Frequency((6, PersonGen(Line(text)).Where(p => p.Name.Trim().Length > 0).Select(p => (Person?)p)), (1, Gen.Constant<Person?>(null)))
            from actingChair in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from recorder in List(PersonGen(Line(text)), 3)
            from attendance in
                from note in MaybeText(Line(text))
                from groups in List(GroupGen(Line(text)), 4)
                from membership in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 30).Select(n => (int?)n)))
                from spareRows in Gen.Choose(0, 5)
                select new Attendance { Note = note, Groups = groups, Membership = membership, SpareRows = spareRows }
            select (chair, actingChair, recorder, attendance);
        return
            from f in facts
            from p in people
            from sections in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(SectionGen(text), n))
            from attachments in List(Line(text).Select(t => new Attachment { Title = t }), 3)
            from notice in Maybe(NoticeGen(Line(text)))
            from style in StyleGen(Line(text))
            select new Meeting
            {
                Agency = f.agency,
                Name = f.name,
                Session = f.session,
                Date = f.date,
                Start = TimeSpan.FromMinutes(f.start),
                End = f.length is { } minutes && f.start + minutes < 24 * 60 ? TimeSpan.FromMinutes(f.start + minutes) : null,
                Location = f.location,
                Chair = p.chair,
                ActingChair = p.actingChair,
                Recorder = p.recorder,
                Attendance = p.attendance,
                Sections = new ValueList<Section>(sections),
                Attachments = attachments,
                Notice = notice,
                Style = style,
            };
    }
}
