using System;
using System.Collections.Generic;
using System.Globalization;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>
/// Lists every text of a meeting with its data path, in document order. Paths use the input's
/// camelCase keys and zero-based indexes (<c>sections[1].items[0].decision</c>) and always name
/// the property, also where the input may write the short scalar form (an outline item's path
/// is <c>….items[0].text</c>).
/// </summary>
public static class MeetingTexts
{
    /// <summary>Lists the texts of a meeting; empty and missing values are left out.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The texts with their paths and roles, in document order.</returns>
    public static IReadOnlyList<TextField> Collect(Meeting meeting)
    {
        _ = meeting ?? throw new ArgumentNullException(nameof(meeting));
        var texts = new List<TextField>();
        void Add(string path, string? text, TextRole role)
        {
            if (!string.IsNullOrEmpty(text))
            {
                texts.Add(new TextField(path, text!, role));
            }
        }

        void AddPerson(string path, Person? person)
        {
            if (person is not null)
            {
                Add(path + ".name", person.Name, TextRole.Name);
                Add(path + ".title", person.Title, TextRole.Name);
                Add(path + ".surname", person.Surname, TextRole.Name);
                Add(path + ".unit", person.Unit, TextRole.Name);
            }
        }

        void AddOutline(string path, ValueList<OutlineItem> items)
        {
            for (var index = 0; index < items.Count; index++)
            {
                var itemPath = Indexed(path, index);
                Add(itemPath + ".text", items[index].Text, TextRole.Numbered);
                AddOutline(itemPath + ".items", items[index].Items);
            }
        }

        void AddAttendees(string path, ValueList<Attendee> attendees)
        {
            for (var index = 0; index < attendees.Count; index++)
            {
                Add(Indexed(path, index) + ".unit", attendees[index].Unit, TextRole.Name);
                AddPerson(Indexed(path, index) + ".person", attendees[index].Person);
            }
        }

        Add("agency", meeting.Agency, TextRole.Title);
        Add("name", meeting.Name, TextRole.Title);
        Add("session", meeting.Session, TextRole.Title);
        Add("location", meeting.Location, TextRole.Text);
        AddPerson("chair", meeting.Chair);
        AddPerson("recorder", meeting.Recorder);
        Add("attendance.note", meeting.Attendance.Note, TextRole.Text);
        AddAttendees("attendance.present", meeting.Attendance.Present);
        AddAttendees("attendance.observers", meeting.Attendance.Observers);
        AddAttendees("attendance.absent", meeting.Attendance.Absent);

        for (var index = 0; index < meeting.Sections.Count; index++)
        {
            var path = Indexed("sections", index);
            var section = meeting.Sections[index];
            Add(path + ".title", section.Title, TextRole.Numbered);
            switch (section)
            {
                case OutlineSection outline:
                    Add(path + ".text", outline.Text, TextRole.Text);
                    AddOutline(path + ".items", outline.Items);
                    break;
                case FollowUpSection followUp:
                    Add(path + ".text", followUp.Text, TextRole.Text);
                    for (var item = 0; item < followUp.Items.Count; item++)
                    {
                        var itemPath = Indexed(path + ".items", item);
                        Add(itemPath + ".subject", followUp.Items[item].Subject, TextRole.Numbered);
                        Add(itemPath + ".unit", followUp.Items[item].Unit, TextRole.Name);
                        Add(itemPath + ".status", followUp.Items[item].Status, TextRole.Text);
                        Add(itemPath + ".decision", followUp.Items[item].Decision, TextRole.Decision);
                    }

                    break;
                case ReportsSection reports:
                    Add(path + ".intro", reports.Intro, TextRole.Text);
                    for (var item = 0; item < reports.Items.Count; item++)
                    {
                        var itemPath = Indexed(path + ".items", item);
                        var report = reports.Items[item];
                        Add(itemPath + ".unit", report.Unit, TextRole.Name);
                        Add(itemPath + ".title", report.Title, TextRole.Numbered);
                        AddOutline(itemPath + ".content", report.Content);
                        for (var suggestion = 0; suggestion < report.Suggestions.Count; suggestion++)
                        {
                            var suggestionPath = Indexed(itemPath + ".suggestions", suggestion);
                            Add(suggestionPath + ".text", report.Suggestions[suggestion].Text, TextRole.Numbered);
                            AddPerson(suggestionPath + ".by", report.Suggestions[suggestion].By);
                            Add(suggestionPath + ".response", report.Suggestions[suggestion].Response, TextRole.Text);
                            Add(suggestionPath + ".ruling", report.Suggestions[suggestion].Ruling, TextRole.Text);
                        }

                        Add(itemPath + ".decision", report.Decision, TextRole.Decision);
                    }

                    break;
                case ProposalsSection proposals:
                    for (var item = 0; item < proposals.Items.Count; item++)
                    {
                        var itemPath = Indexed(path + ".items", item);
                        var proposal = proposals.Items[item];
                        Add(itemPath + ".subject", proposal.Subject, TextRole.Numbered);
                        Add(itemPath + ".unit", proposal.Unit, TextRole.Name);
                        AddPerson(itemPath + ".proposer", proposal.Proposer);
                        AddOutline(itemPath + ".explanation", proposal.Explanation);
                        AddOutline(itemPath + ".method", proposal.Method);
                        Add(itemPath + ".resolution", proposal.Resolution, TextRole.Resolution);
                        Add(itemPath + ".votes.method", proposal.Votes?.Method, TextRole.Text);
                    }

                    break;
                case MotionsSection motions:
                    for (var item = 0; item < motions.Items.Count; item++)
                    {
                        var itemPath = Indexed(path + ".items", item);
                        var motion = motions.Items[item];
                        Add(itemPath + ".subject", motion.Subject, TextRole.Numbered);
                        AddPerson(itemPath + ".proposer", motion.Proposer);
                        Add(itemPath + ".unit", motion.Unit, TextRole.Name);
                        AddOutline(itemPath + ".explanation", motion.Explanation);
                        Add(itemPath + ".resolution", motion.Resolution, TextRole.Resolution);
                        Add(itemPath + ".votes.method", motion.Votes?.Method, TextRole.Text);
                    }

                    break;
            }
        }

        for (var index = 0; index < meeting.Attachments.Count; index++)
        {
            Add(Indexed("attachments", index) + ".title", meeting.Attachments[index].Title, TextRole.Text);
        }

        if (meeting.Notice is { } notice)
        {
            Add("notice.purpose", notice.Purpose, TextRole.Text);
            Add("notice.reference", notice.Reference, TextRole.Text);
            AddPerson("notice.contact", notice.Contact);
            Add("notice.phone", notice.Phone, TextRole.Text);
            for (var index = 0; index < notice.Copies.Count; index++)
            {
                Add(Indexed("notice.copies", index) + ".unit", notice.Copies[index].Unit, TextRole.Name);
            }

            for (var index = 0; index < notice.Remarks.Count; index++)
            {
                Add(Indexed("notice.remarks", index), notice.Remarks[index], TextRole.Text);
            }

            // The 開會通知單 frame (issue 18).
            Add("notice.fileNumber", notice.FileNumber, TextRole.Name);
            Add("notice.retentionPeriod", notice.RetentionPeriod, TextRole.Name);
            if (notice.AgencyContact is { } agency)
            {
                Add("notice.agencyContact.address", agency.Address, TextRole.Name);
                AddPerson("notice.agencyContact.contact", agency.Contact);
                Add("notice.agencyContact.phone", agency.Phone, TextRole.Name);
                Add("notice.agencyContact.fax", agency.Fax, TextRole.Name);
                Add("notice.agencyContact.email", agency.Email, TextRole.Name);
            }

            Add("notice.recipient", notice.Recipient, TextRole.Name);
            Add("notice.speed", notice.Speed, TextRole.Name);
            Add("notice.classification", notice.Classification, TextRole.Name);
            Add("notice.declassification", notice.Declassification, TextRole.Text);
            for (var index = 0; index < notice.Attachments.Count; index++)
            {
                Add(Indexed("notice.attachments", index), notice.Attachments[index], TextRole.Text);
            }

            for (var index = 0; index < notice.Originals.Count; index++)
            {
                Add(Indexed("notice.originals", index) + ".unit", notice.Originals[index].Unit, TextRole.Name);
            }
        }

        return texts;
    }

    private static string Indexed(string path, int index) =>
        path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
