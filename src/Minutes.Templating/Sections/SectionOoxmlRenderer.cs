using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Sections;

/// <summary>
/// Renders one insertable section from its field values to OOXML for <c>Word.Range.insertOoxml</c>.
/// Labels (壹、 一、 （一） 案由三：) are text, because insertOoxml cannot bring numbering
/// definitions; the <c>number</c> field says where numbering continues. Indents follow the
/// hierarchy: 壹、 at the margin, 一、 one character in, （一） two characters in.
/// </summary>
public static class SectionOoxmlRenderer
{
    private const int HeadingIndent = 0;
    private const int OutlineIndent = 1;
    private const int ParenthesizedIndent = 2;

    private static TabStop RecorderTab() => new() { Val = TabStopValues.Left, Position = 20 * SectionDocumentBuilder.CharacterWidth };
    private static TabStop ProposerTab() => new() { Val = TabStopValues.Right, Position = 30 * SectionDocumentBuilder.CharacterWidth };

    // A line the clerk already labelled, such as 「二、…」 or 「（三）…」, keeps its own label.
    private static readonly Regex OwnLabel = new("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$", RegexOptions.CultureInvariant);

    /// <summary>Validates the values and renders the section.</summary>
    /// <param name="definition">The section kind, from <see cref="SectionCatalog"/>.</param>
    /// <param name="values">Field id → value, as described by the definition's fields.</param>
    /// <returns>A flat OPC <c>pkg:package</c> XML document.</returns>
    /// <exception cref="SectionInputException">A value is missing or cannot be used; the diagnostics name each field.</exception>
    public static string Render(SectionDefinition definition, IReadOnlyDictionary<string, string?> values)
    {
        var errors = SectionInputValidator.Validate(definition, values);
        if (errors.Count > 0)
        {
            throw new SectionInputException(errors);
        }

        var fields = new SectionValues(values);
        var builder = new SectionDocumentBuilder();
        switch (definition.Id)
        {
            case SectionKinds.MeetingHeader: MeetingHeader(builder, fields); break;
            case SectionKinds.Report: Report(builder, fields); break;
            case SectionKinds.Suggestion: Suggestion(builder, fields); break;
            case SectionKinds.Proposal: Proposal(builder, fields); break;
            case SectionKinds.Motion: Motion(builder, fields); break;
            case SectionKinds.ChairInstructions: ChairInstructions(builder, fields); break;
            case SectionKinds.Adjournment: Adjournment(builder, fields); break;
            default: throw new ArgumentException($"No renderer for section '{definition.Id}'.", nameof(definition));
        }

        return builder.ToFlatOpc();
    }

    private static void MeetingHeader(SectionDocumentBuilder builder, SectionValues fields)
    {
        builder.AddTitle(fields.RequiredText("title"));
        var when = fields.DateTime("dateTime");
        builder.AddLabelled(HeadingIndent, "時間：", when.ToRocDate() + when.ToRocWeekday() + when.TimeOfDay.ToRocTime());
        builder.AddLabelled(HeadingIndent, "地點：", fields.RequiredText("location"));

        var (chairName, chairTitle) = fields.Person("chair")!.Value;
        var chair = new Person { Name = chairName, Title = chairTitle }.ToHonorific(HonorificStyle.SurnameTitleGiven);
        if (fields.Text("recorder") is { } recorder)
        {
            builder.AddLabelled(HeadingIndent, "主席：", $"{chair}\t紀錄：{recorder}", RecorderTab());
        }
        else
        {
            builder.AddLabelled(HeadingIndent, "主席：", chair);
        }

        AddJoined(builder, "出席：", fields.Lines("attendees"));
        AddJoined(builder, "列席：", fields.Lines("observers"));
    }

    private static void AddJoined(SectionDocumentBuilder builder, string label, IReadOnlyList<string> lines)
    {
        if (lines.Count > 0)
        {
            builder.AddLabelled(HeadingIndent, label, string.Join("、", lines));
        }
    }

    private static void Report(SectionDocumentBuilder builder, SectionValues fields)
    {
        var label = OutlineLabel(fields.Number("number")!.Value);
        var title = fields.RequiredText("title");
        builder.AddLabelled(OutlineIndent, label, title[title.Length - 1] == '：' ? title : title + "：");
        var bodyIndent = OutlineIndent + label.Length;
        foreach (var line in fields.Lines("content"))
        {
            builder.AddLabelled(bodyIndent, "", line);
        }

        AddLabelledLines(builder, bodyIndent, "決定：", fields.Lines("decision"));
    }

    private static void Suggestion(SectionDocumentBuilder builder, SectionValues fields)
    {
        var label = $"（{fields.Number("number")!.Value.ToChineseNumeral()}）";
        var content = fields.Lines("content").ToList();
        if (fields.Person("member") is var (name, title))
        {
            content[content.Count - 1] += $"（{new Person { Name = name, Title = title }.ToHonorific(HonorificStyle.NameTitle)}）";
        }

        AddLabelledLines(builder, ParenthesizedIndent, label, content);
        var bodyIndent = ParenthesizedIndent + label.Length;
        AddLabelledLines(builder, bodyIndent, "回應：", fields.Lines("response"));
        AddLabelledLines(builder, bodyIndent, "主席裁示：", fields.Lines("instruction"));
    }

    private static void Proposal(SectionDocumentBuilder builder, SectionValues fields)
    {
        builder.AddLabelled(OutlineIndent, "", "提案" + fields.Number("number")!.Value.ToChineseNumeral());
        AddLabelledLines(builder, OutlineIndent, "案由：", fields.Lines("subject"));
        if (fields.Text("unit") is { } unit)
        {
            builder.AddLabelled(OutlineIndent, "提案單位：", unit);
        }

        AddOutlineBlock(builder, OutlineIndent, "說明：", fields.Lines("explanation"));
        AddOutlineBlock(builder, OutlineIndent, "辦法：", fields.Lines("method"));
        AddLabelledLines(builder, OutlineIndent, "決議：", fields.Lines("resolution"));

        var votes = new List<string>();
        if (fields.Text("voteMethod") is { } method)
        {
            votes.Add(method);
        }

        AddCount(votes, "贊成", fields.Number("votesFor"));
        AddCount(votes, "反對", fields.Number("votesAgainst"));
        AddCount(votes, "棄權", fields.Number("votesAbstain"));
        if (votes.Count > 0)
        {
            builder.AddLabelled(OutlineIndent, "表決結果：", string.Join("，", votes) + "。");
        }
    }

    private static void AddCount(List<string> votes, string label, int? count)
    {
        if (count is { } value)
        {
            votes.Add(FormattableString.Invariant($"{label}{value}票"));
        }
    }

    private static void Motion(SectionDocumentBuilder builder, SectionValues fields)
    {
        var heading = $"案由{fields.Number("number")!.Value.ToChineseNumeral()}：";
        var mover = fields.Person("proposer") is var (name, title)
            ? new Person { Name = name, Title = title }.ToHonorific(HonorificStyle.SurnameTitleGiven) + "提案"
            : fields.Text("unit") is { } unit ? unit + "提案" : null;
        builder.AddLabelled(OutlineIndent, "", mover is null ? heading : $"{heading}\t{mover}", mover is null ? null : ProposerTab());

        const int bodyIndent = OutlineIndent + 1;
        foreach (var line in fields.Lines("subject"))
        {
            builder.AddLabelled(bodyIndent, "", line);
        }

        AddOutlineBlock(builder, bodyIndent, "說明：", fields.Lines("explanation"));
        AddLabelledLines(builder, bodyIndent, "決議：", fields.Lines("resolution"));
    }

    private static void ChairInstructions(SectionDocumentBuilder builder, SectionValues fields)
    {
        var label = HeadingLabel(fields.Number("number"));
        var lines = fields.Lines("instructions");
        if (lines.Count == 1)
        {
            builder.AddLabelled(HeadingIndent, label, "主席裁示：" + lines[0]);
            return;
        }

        builder.AddLabelled(HeadingIndent, label, "主席裁示：");
        AddOutlineItems(builder, OutlineIndent, lines);
    }

    private static void Adjournment(SectionDocumentBuilder builder, SectionValues fields)
    {
        var label = HeadingLabel(fields.Number("number"));
        builder.AddLabelled(HeadingIndent, label, $"散會：{fields.Time("time").ToRocTime()}。");
    }

    private static string HeadingLabel(int? number) =>
        number is { } value ? value.ToLegalNumeral() + "、" : "";

    private static string OutlineLabel(int number) => number.ToChineseNumeral() + "、";

    /// <summary>The first line follows the label; further lines align with the text after it.</summary>
    private static void AddLabelledLines(SectionDocumentBuilder builder, int indent, string label, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0)
            {
                builder.AddLabelled(indent, label, lines[0]);
            }
            else
            {
                builder.AddLabelled(indent + label.Length, "", lines[i]);
            }
        }
    }

    /// <summary>One line follows the label; several become 一、二、 items under it.</summary>
    private static void AddOutlineBlock(SectionDocumentBuilder builder, int indent, string label, IReadOnlyList<string> lines)
    {
        if (lines.Count <= 1)
        {
            AddLabelledLines(builder, indent, label, lines);
            return;
        }

        builder.AddLabelled(indent, label, "");
        AddOutlineItems(builder, indent + label.Length, lines);
    }

    private static void AddOutlineItems(SectionDocumentBuilder builder, int indent, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var own = OwnLabel.Match(lines[i]);
            if (own.Success)
            {
                builder.AddLabelled(indent, own.Groups[1].Value, own.Groups[2].Value);
            }
            else
            {
                builder.AddLabelled(indent, OutlineLabel(i + 1), lines[i]);
            }
        }
    }
}
