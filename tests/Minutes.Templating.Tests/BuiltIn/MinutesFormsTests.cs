using System;
using System.IO;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>The forms agencies choose, as the built-in minutes template writes them: titles, times, bodies, labels.</summary>
public sealed class MinutesFormsTests
{
    /// <summary>A township meeting with every fact the forms print; the notice and sign-in tests share it.</summary>
    internal static readonly Meeting Base = new()
    {
        Agency = "宜蘭縣大同鄉公所",
        Name = "鄉務會議",
        Date = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Unspecified),
        Start = new TimeSpan(14, 30, 0),
        End = new TimeSpan(17, 56, 0),
        Location = "本所會議室",
        Chair = new Person { Name = "林志明", Title = "鄉長" },
    };

    [Theory]
    [InlineData(false, false, false, false, true, "時間：114年10月1日（星期三）下午2時30分", "壹、散會：下午5時56分。")]
    [InlineData(true, false, false, false, true, "時間：中華民國114年10月1日（星期三）下午2時30分", "壹、散會：下午5時56分。")]
    [InlineData(false, true, false, false, true, "時間：114年10月1日（星期三）14時30分", "壹、散會：17時56分。")]
    [InlineData(false, true, true, false, true, "時間：114年10月1日（星期三）14時30分至17時56分", null)]
    [InlineData(false, false, false, true, true, "時間：114年10月1日（星期三）下午2時30分", "壹、散會（下午5時56分）")]
    [InlineData(false, false, false, false, false, "時間：114年10月1日（星期三）", "壹、散會：下午5時56分。")]
    [InlineData(false, false, true, false, false, "時間：114年10月1日（星期三）", "壹、散會：下午5時56分。")]
    public void Time_forms_follow_the_style(bool eraName, bool twentyFourHour, bool timeRange, bool bracketed, bool hasStart, string timeLine, string? adjournment)
    {
        var meeting = Base with
        {
            Start = hasStart ? Base.Start : null,
            Style = new DocumentStyle { EraName = eraName, TwentyFourHour = twentyFourHour, TimeRange = timeRange, BracketedAdjournment = bracketed },
        };

        var texts = Render(meeting);

        Assert.Contains(timeLine, texts);
        if (adjournment is null)
        {
            Assert.DoesNotContain(texts, t => t.Contains("散會", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(adjournment, texts);
        }
    }

    [Theory]
    [InlineData(false, false, false, "時間：114年10月1日（星期三）下午2時30分")]
    [InlineData(true, true, true, "時間：114.10.1（三）PM2:30")]
    [InlineData(true, false, false, "時間：114.10.1（星期三）下午2時30分")]
    [InlineData(false, true, false, "時間：114年10月1日（星期三）下午2:30")]
    [InlineData(false, false, true, "時間：114年10月1日（星期三）PM2時30分")]
    public void Date_and_clock_forms_follow_the_style(bool schoolDate, bool clockTime, bool latinPeriod, string timeLine)
    {
        var texts = Render(Base with { Style = new DocumentStyle { NumericDate = schoolDate, ShortWeekday = schoolDate && clockTime, ClockTime = clockTime, LatinPeriod = latinPeriod } });

        Assert.Contains(timeLine, texts);
        Assert.Contains("壹、散會：" + (clockTime ? (latinPeriod ? "PM5:56" : "下午5:56") : latinPeriod ? "PM5時56分" : "下午5時56分") + "。", texts);
    }

    [Theory]
    [InlineData(false, false, null)]
    [InlineData(true, false, "壹、散會")]
    [InlineData(true, true, "壹、散會：下午5時56分。")]
    public void A_bare_adjournment_line_is_printed_when_the_style_asks(bool adjournmentLine, bool hasEnd, string? line)
    {
        var texts = Render(Base with { End = hasEnd ? Base.End : null, Style = new DocumentStyle { AdjournmentLine = adjournmentLine } });

        if (line is null)
        {
            Assert.DoesNotContain(texts, t => t.Contains("散會", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(line, texts);
        }
    }

    [Theory]
    [InlineData("無。", false, "壹、工作報告：無。")]
    [InlineData("", false, null)]
    [InlineData("", true, "壹、工作報告：")]
    [InlineData("無。", true, "壹、工作報告：")]
    public void An_empty_section_is_written_left_out_or_bare(string emptySection, bool bare, string? heading)
    {
        var texts = Render(Base with
        {
            End = null,
            Sections = ValueList.Of<Section>(new TextSection { Title = "工作報告" }),
            Style = new DocumentStyle { EmptySection = emptySection, BareEmptySections = bare },
        });

        if (heading is null)
        {
            Assert.DoesNotContain(texts, t => t.Contains("工作報告", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(heading, texts);
        }
    }

    [Theory]
    [InlineData(false, "主席：林鄉長志明")]
    [InlineData(true, "主席：林志明鄉長")]
    public void The_chair_is_named_in_the_styles_order(bool nameBeforeTitle, string chairLine)
    {
        var texts = Render(Base with { Style = new DocumentStyle { NameBeforeTitle = nameBeforeTitle } });

        Assert.Contains(texts, t => t.StartsWith(chairLine, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "時間：中華民國114年10月1日（星期三）下午2時30分")]
    [InlineData(true, "時間：中華民國114年10月1日下午2時30分")]
    public void The_weekday_is_left_out_when_the_style_asks(bool noWeekday, string timeLine)
    {
        var texts = Render(Base with { Style = new DocumentStyle { EraName = true, NoWeekday = noWeekday } });

        Assert.Contains(timeLine, texts);
    }

    /// <summary>
    /// A council's 議事錄: a space between names, officials as 縣長林聰賢, then the chair (its
    /// own form, 林鄉長志明) and the recorders on lines of their own; by default the chair line
    /// comes first, names are joined with 、 and officials are 林縣長聰賢.
    /// </summary>
    [Theory]
    [InlineData(false, new[] { "出席代表：黃定和、張建榮", "列席人員：縣府林縣長聰賢、王處長蘭生" }, 0)]
    [InlineData(true, new[] { "出席代表：黃定和 張建榮", "列席人員：縣府縣長林聰賢 處長王蘭生", "主席：林鄉長志明", "記錄：吳幸珍 蔡雨龍" }, 2)]
    public void A_councils_facts_follow_the_style(bool council, string[] facts, int chairAt)
    {
        var meeting = Base with
        {
            Recorder = ValueList.Of(new Person { Name = "吳幸珍" }, new Person { Name = "蔡雨龍" }),
            Attendance = new Attendance
            {
                Groups = ValueList.Of(
                    new AttendanceGroup { Label = "出席代表", People = ValueList.Of(new Attendee { Person = new Person { Name = "黃定和" } }, new Attendee { Person = new Person { Name = "張建榮" } }) },
                    new AttendanceGroup
                    {
                        Label = "列席人員",
                        Observers = true,
                        People = ValueList.Of(
                            new Attendee { Unit = "縣府", Person = new Person { Name = "林聰賢", Title = "縣長" } },
                            new Attendee { Unit = "縣府", Person = new Person { Name = "王蘭生", Title = "處長" } }),
                    }),
            },
            Style = new DocumentStyle { RecorderLabel = "記錄", ChairAfterAttendance = council, TitleBeforeName = council, NameSeparator = council ? " " : "、" },
        };

        var texts = Render(meeting);

        var place = texts.FindIndex(t => t.StartsWith("地點：", StringComparison.Ordinal));
        var chair = texts.FindIndex(t => t.StartsWith("主席：", StringComparison.Ordinal));
        Assert.Equal(chairAt, chair - place - 1);
        Assert.Equal(facts, texts.Skip(place + (council ? 1 : 2)).Take(facts.Length));
        Assert.Single(texts, t => t.Contains("記錄：吳幸珍", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untitled_text_is_an_unnumbered_line_and_the_sections_after_it_number_from_one()
    {
        var texts = Render(Base with
        {
            Sections = ValueList.Of<Section>(
                new TextSection { Untitled = true, Text = "主席宣告開議" },
                new TextSection { Title = "報告事項", Items = ValueList.Of(new OutlineItem { Text = "主席報告簽到議員已達法定人數。" }) }),
        });

        var at = texts.IndexOf("主席宣告開議");
        Assert.True(at > 0, string.Join("\n", texts));
        Assert.Equal(["壹、報告事項：", "一、主席報告簽到議員已達法定人數。", "貳、散會：下午5時56分。"], texts.Skip(at + 1).Take(3));
    }

    [Fact]
    public void An_untitled_text_needs_no_title()
    {
        var meeting = Base with { Sections = ValueList.Of<Section>(new TextSection { Untitled = true, Text = "主席宣告開議" }, new TextSection { Text = "無標題" }) };

        var found = Minutes.Templating.Validation.MeetingValidator.Validate(meeting);

        Assert.Equal(["sections[1].title"], found.Where(d => d.RuleId == "missing-title").Select(d => d.Path));
    }

    /// <summary>A school's outline: sections 一、, points (一) then (1), fields numbered 1. even for one point.</summary>
    [Fact]
    public void Sections_points_and_fields_take_the_styles_label_forms()
    {
        var style = new DocumentStyle
        {
            HalfWidthBrackets = true,
            OutlineLabels = ValueList.Of("一、", "(一)", "(1)"),
            FieldOutlineLabels = ValueList.Of("1.", "(1)"),
            NumberSinglePoint = true,
        };
        var texts = Render(Base with
        {
            End = null,
            Style = style,
            Sections = ValueList.Of<Section>(
                new TextSection { Title = "雙向溝通", Items = ValueList.Of(new OutlineItem { Text = "新興：", Items = ValueList.Of(new OutlineItem { Text = "甲" }, new OutlineItem { Text = "乙" }) }, new OutlineItem { Text = "校長：丙" }) },
                new ProposalsSection
                {
                    Labels = new AgendaLabels { Item = "" },
                    Items = ValueList.Of(new Proposal { Subject = "菜單審核，請討論。", Resolution = ValueList.Of(new OutlineItem { Text = "通過。" }) }),
                }),
        });

        Assert.Equal(
            ["一、雙向溝通：", "(一)新興：", "(1)\t甲", "(2)\t乙", "(二)校長：丙", "二、討論事項：", "(一)菜單審核，請討論。", "決議：", "1.通過。"],
            texts.SkipWhile(t => !t.StartsWith("一、雙向", StringComparison.Ordinal)).Take(9));
    }

    [Theory]
    [InlineData("鄉務會議", "會議紀錄", "宜蘭縣大同鄉公所鄉務會議紀錄")]
    [InlineData("委員會議", "議事錄", "宜蘭縣大同鄉公所委員會議議事錄")]
    [InlineData("鄉務會議", "會議記錄", "宜蘭縣大同鄉公所鄉務會議記錄")]
    [InlineData("公共設施維護管理委員會", "會議紀錄", "宜蘭縣大同鄉公所公共設施維護管理委員會會議紀錄")]
    public void The_title_carries_the_document_type_once(string name, string documentType, string title)
    {
        var texts = Render(Base with { Name = name, Style = new DocumentStyle { DocumentType = documentType } });

        Assert.Equal(title, texts[0].Replace("\n", "", StringComparison.Ordinal)); // a line break in the centred title is allowed
    }

    /// <summary>A resolution as plain text or an outline, each written as its own paragraphs.</summary>
    public static TheoryData<string, OutlineItem[], string[]> Bodies() => new()
    {
        { "plain", [new OutlineItem { Text = "照案通過。" }], ["決議：照案通過。"] },
        { "plain, two lines", [new OutlineItem { Text = "照案通過。\n請秘書室辦理。" }], ["決議：照案通過。", "請秘書室辦理。"] },
        {
            "outline",
            [new OutlineItem { Text = "照案通過。" }, new OutlineItem { Text = "請秘書室辦理。\n一週內函送。" }],
            ["決議：", "一、照案通過。", "二、請秘書室辦理。", "一週內函送。"]
        },
        {
            "nested, labels per level",
            [new OutlineItem { Text = "甲", Items = ValueList.Of(new OutlineItem { Text = "乙", Items = ValueList.Of(new OutlineItem { Text = "丙", Items = ValueList.Of(new OutlineItem { Text = "丁" }) }) }) }, new OutlineItem { Text = "戊" }],
            ["決議：", "一、甲", "（一）\t乙", "1、\t丙", "（1）\t丁", "二、戊"]
        },
        {
            "plain lead with points",
            [new OutlineItem { Text = "修正通過，修正如下：", Items = ValueList.Of(new OutlineItem { Text = "甲" }, new OutlineItem { Text = "乙" }) }],
            ["決議：修正通過，修正如下：", "一、甲", "二、乙"]
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_is_plain_text_or_an_outline_in_paragraphs(string shape, OutlineItem[] resolution, string[] paragraphs)
    {
        var texts = Render(WithProposal(new Proposal { Subject = "修正要點案。", Resolution = ValueList.Of(resolution) }));

        var start = texts.IndexOf(paragraphs[0]);
        Assert.True(start >= 0, $"{shape}: no paragraph {paragraphs[0]} in\n{string.Join("\n", texts)}");
        Assert.Equal(paragraphs, texts.Skip(start).Take(paragraphs.Length));
    }

    [Fact]
    public void Outline_labels_restart_in_each_field()
    {
        var points = ValueList.Of(new OutlineItem { Text = "甲" }, new OutlineItem { Text = "乙" });
        var texts = Render(WithProposal(new Proposal { Subject = "修正要點案。", Explanation = points, Method = points, Resolution = points }));

        Assert.Equal(3, texts.Count(t => t == "一、甲"));
        Assert.Equal(3, texts.Count(t => t == "二、乙"));
    }

    [Theory]
    [InlineData(null, null, null, "第一案", "案由：修正要點案。", "決議：照案通過。")]
    [InlineData("討論事項{n}", "案名", "審查結論", "討論事項一", "案名：修正要點案。", "審查結論：照案通過。")]
    [InlineData("提案{n}", null, null, "提案一", "案由：修正要點案。", "決議：照案通過。")]
    [InlineData("", null, null, "一、修正要點案。", null, "決議：照案通過。")]
    public void Item_headings_and_field_labels_are_the_agencys(string? item, string? subject, string? conclusion, string heading, string? subjectLine, string conclusionLine)
    {
        var texts = Render(WithProposal(
            new Proposal { Subject = "修正要點案。", Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) },
            new AgendaLabels { Item = item, Subject = subject, Conclusion = conclusion }));

        Assert.Contains(texts, t => t.TrimEnd('\t') == heading);
        if (subjectLine is not null)
        {
            Assert.Contains(subjectLine, texts);
        }

        Assert.Contains(conclusionLine, texts);
    }

    [Fact]
    public void A_report_with_an_explanation_but_no_subject_keeps_its_explanation()
    {
        var report = new Report { Unit = "建設處", Explanation = ValueList.Of(new OutlineItem { Text = "只有說明沒有案由。" }) };

        var texts = Render(Base with { Sections = ValueList.Of<Section>(new ReportsSection { Items = ValueList.Of(report) }) });

        Assert.Contains("報告單位：建設處", texts);
        Assert.Contains("說明：只有說明沒有案由。", texts);
        Assert.DoesNotContain(texts, text => text.StartsWith("案由", StringComparison.Ordinal));
    }

    /// <summary>
    /// 回應 and 主席裁示 at each place a suggestion is printed: under a report put as a case (depth 1),
    /// as the only suggestion of a report (depth 2) and as a numbered （一） suggestion (depth 3).
    /// </summary>
    public enum SuggestionPlace
    {
        Case,
        Only,
        Numbered,
    }

    /// <summary>A response and a ruling as plain text or an outline, with the paragraphs printed from the 回應 label on.</summary>
    public static TheoryData<SuggestionPlace, string, OutlineItem[], OutlineItem[], string[]> ResponseBodies() => new()
    {
        { SuggestionPlace.Case, "plain", [new OutlineItem { Text = "本局將納入明年度計畫。" }], [new OutlineItem { Text = "請社會處辦理。" }], ["回應：本局將納入明年度計畫。", "主席裁示：請社會處辦理。"] },
        { SuggestionPlace.Numbered, "plain, two lines", [new OutlineItem { Text = "本局將納入明年度計畫。\n並於下次會議報告。" }], [new OutlineItem { Text = "請社會處辦理。\n下次會議報告辦理情形。" }], ["回應：本局將納入明年度計畫。", "並於下次會議報告。", "主席裁示：請社會處辦理。", "下次會議報告辦理情形。"] },
        { SuggestionPlace.Case, "outline", [new OutlineItem { Text = "納入明年度計畫。" }, new OutlineItem { Text = "下次會議報告。" }], [new OutlineItem { Text = "請社會處辦理。" }, new OutlineItem { Text = "請教育處協助。" }], ["回應：", "一、納入明年度計畫。", "二、下次會議報告。", "主席裁示：", "一、請社會處辦理。", "二、請教育處協助。"] },
        { SuggestionPlace.Only, "outline", [new OutlineItem { Text = "納入明年度計畫。" }, new OutlineItem { Text = "下次會議報告。" }], [new OutlineItem { Text = "請社會處辦理。", Items = ValueList.Of(new OutlineItem { Text = "本月底前。" }) }], ["回應：", "（一）\t納入明年度計畫。", "（二）\t下次會議報告。", "主席裁示：請社會處辦理。", "（一）\t本月底前。"] },
        { SuggestionPlace.Numbered, "outline", [new OutlineItem { Text = "納入明年度計畫。" }, new OutlineItem { Text = "下次會議報告。" }], [new OutlineItem { Text = "請社會處辦理。" }, new OutlineItem { Text = "請教育處協助。" }], ["回應：", "1、\t納入明年度計畫。", "2、\t下次會議報告。", "主席裁示：", "1、\t請社會處辦理。", "2、\t請教育處協助。"] },
    };

    /// <summary>The minutes of one report holding <paramref name="suggestion"/>, at <paramref name="place"/>.</summary>
    private static Docx RenderSuggestion(SuggestionPlace place, Suggestion suggestion)
    {
        var report = place switch
        {
            SuggestionPlace.Case => new Report { Unit = "社會處", Subject = "業務報告案。", Suggestions = ValueList.Of(suggestion) },
            SuggestionPlace.Only => new Report { Unit = "社會處", Suggestions = ValueList.Of(suggestion) },
            _ => new Report { Unit = "社會處", Content = ValueList.Of(new OutlineItem { Text = "本年度辦理情形。" }), Suggestions = ValueList.Of(suggestion) },
        };
        return Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(Base with { Sections = ValueList.Of<Section>(new ReportsSection { Items = ValueList.Of(report) }) }));
    }

    [Theory]
    [MemberData(nameof(ResponseBodies))]
    public void Responses_and_rulings_are_plain_text_or_outlines(SuggestionPlace place, string shape, OutlineItem[] response, OutlineItem[] ruling, string[] paragraphs)
    {
        var suggestion = new Suggestion { Text = "建議加強宣導。", Response = ValueList.Of(response), Ruling = ValueList.Of(ruling) };
        using var document = RenderSuggestion(place, suggestion);
        document.AssertValid();
        var texts = document.ParagraphTexts;

        var start = texts.IndexOf(paragraphs[0]);
        Assert.True(start >= 0, $"{place}, {shape}: no paragraph {paragraphs[0]} in\n{string.Join("\n", texts)}");
        Assert.Equal(paragraphs, texts.Skip(start).Take(paragraphs.Length));
        Assert.Empty(document.JustifiedParagraphsWithBreaks);
    }

    [Theory]
    [InlineData(SuggestionPlace.Case, "FieldItem2")]
    [InlineData(SuggestionPlace.Only, "FieldItem3")]
    [InlineData(SuggestionPlace.Numbered, "Field3Item4")]
    public void The_points_of_a_response_and_a_ruling_nest_under_their_label(SuggestionPlace place, string pointStyle)
    {
        // Points that started left of 回應：/主席裁示： read as siblings of the suggestion, not as
        // its response: each point (and its sub-point) starts one character in from its label.
        var points = ValueList.Of(new OutlineItem { Text = "納入明年度計畫。", Items = ValueList.Of(new OutlineItem { Text = "本月底前。" }) }, new OutlineItem { Text = "下次會議報告。" });
        var suggestion = new Suggestion { Text = "建議加強宣導。", Response = points, Ruling = points };
        using var document = RenderSuggestion(place, suggestion);
        document.AssertValid();
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToDictionary(st => st.StyleId!.Value!);
        var paragraphs = document.Paragraphs.ToList();

        // Where a paragraph's first line starts, in twips from the margin: left − hanging.
        int Start(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph)
        {
            var ind = styles[paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value!].StyleParagraphProperties!.Indentation!;
            return int.Parse(ind.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(ind.Hanging?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var label in new[] { "回應：", "主席裁示：" })
        {
            var at = paragraphs.FindIndex(p => Docx.TextOf(p) == label);
            Assert.True(at >= 0, $"{place}: no paragraph {label}");
            var point = paragraphs[at + 1];
            var sub = paragraphs[at + 2];
            var second = paragraphs[at + 3];
            Assert.Equal(pointStyle, point.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(pointStyle, second.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(Start(paragraphs[at]) + 280, Start(point));
            Assert.Equal(Start(point) + 280, Start(sub));
            Assert.EndsWith("本月底前。", Docx.TextOf(sub), StringComparison.Ordinal);
            Assert.EndsWith("下次會議報告。", Docx.TextOf(second), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_numbered_suggestions_ruling_of_several_lines_keeps_them_aligned_after_its_label()
    {
        var suggestion = new Suggestion { Text = "建議加強宣導。", Ruling = ValueList.Of(new OutlineItem { Text = "請社會處辦理。\n下次會議報告辦理情形。" }) };
        var report = new Report { Unit = "社會處", Content = ValueList.Of(new OutlineItem { Text = "本年度辦理情形。" }), Suggestions = ValueList.Of(suggestion) };
        using var document = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(Base with { Sections = ValueList.Of<Section>(new ReportsSection { Items = ValueList.Of(report) }) }));

        var first = document.Paragraphs.Single(p => Docx.TextOf(p) == "主席裁示：請社會處辦理。");
        var next = document.Paragraphs.Single(p => Docx.TextOf(p) == "下次會議報告辦理情形。");

        Assert.Equal("Field3Wide", first.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("Field3Wide", next.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("0", next.ParagraphProperties!.Indentation!.FirstLine!.Value); // at the text after 主席裁示：, not under the label
    }

    [Theory]
    [InlineData(false, 10, "OutlineLevel2", "OutlineLevel3")]
    [InlineData(false, 11, "OutlineLevel2Wide", "OutlineLevel3Wide")]
    [InlineData(true, 11, "FieldItem2Wide", "FieldItem3Wide")]
    public void Labels_wider_than_the_hanging_indent_leave_the_text_aligned(bool underField, int count, string levelTwo, string levelThree)
    {
        // 十一、 and （十一） are wider than the hanging indent of 一、 and （一）: a list that reaches
        // them takes the Wide style, where every label is followed by a tab to the text position.
        var points = new ValueList<OutlineItem>(Enumerable.Range(1, count).Select(i => new OutlineItem
        {
            Text = $"第{i}點。",
            Items = i == 1 ? new ValueList<OutlineItem>(Enumerable.Range(1, count).Select(j => new OutlineItem { Text = $"第{j}小點。" })) : ValueList<OutlineItem>.Empty,
        }));
        var meeting = underField
            ? Base with { Sections = ValueList.Of<Section>(new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Explanation = points, Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) }) }) }
            : Base with { Sections = ValueList.Of<Section>(new AnnouncementsSection { Items = points }) };
        using var document = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(meeting));
        document.AssertValid();
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToDictionary(st => st.StyleId!.Value!);

        foreach (var (style, level) in new[] { (levelTwo, 2), (levelThree, 3) })
        {
            var paragraphs = document.Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).ToList();
            Assert.Equal(count, paragraphs.Count);
            var hanging = int.Parse(styles[style].StyleParagraphProperties!.Indentation!.Hanging!.Value!, System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var label = (i + 1).ToOutlineLabel(level);
                var text = Docx.TextOf(paragraphs[i]);
                Assert.StartsWith(label, text, StringComparison.Ordinal);
                Assert.True(label.Length * 280 <= hanging, $"{label} ({label.Length * 280} twips) is wider than the hanging indent of {style} ({hanging})");
                if (count > 10)
                {
                    Assert.Equal('\t', text[label.Length]);
                }
            }
        }
    }

    [Theory]
    [InlineData(9, false, false, 10)]
    [InlineData(10, false, false, 11)]
    [InlineData(12, false, true, 13)]
    [InlineData(7, true, false, 11)]
    public void Top_level_labels_wider_than_the_hanging_indent_leave_the_headings_aligned(int sections, bool numberedFacts, bool schoolForms, int lines)
    {
        // 拾壹、 (or 十一、 in a school's forms) is wider than OutlineLevel1's hanging indent: its
        // line takes OutlineLevel1Wide, where the label hangs further out and a tab takes the text
        // to the left indent that every heading and every wrapped line shares.
        using var document = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(TopLevel(sections, numberedFacts, schoolForms)));
        document.AssertValid();
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToDictionary(st => st.StyleId!.Value!);
        int Twips(string? value) => int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);
        var labelForms = schoolForms ? new DocumentStyle { OutlineLabels = ValueList.Of("一、") } : new DocumentStyle();

        var top = document.Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "OutlineLevel1" or "OutlineLevel1Wide").ToList();

        Assert.Equal(lines, top.Count);
        Assert.Equal(Twips(styles["OutlineLevel1"].StyleParagraphProperties!.Indentation!.Left), Twips(styles["OutlineLevel1Wide"].StyleParagraphProperties!.Indentation!.Left));
        for (var i = 0; i < lines; i++)
        {
            var label = labelForms.OutlineLabel(1, i + 1);
            var style = top[i].ParagraphProperties!.ParagraphStyleId!.Val!.Value!;
            var text = Docx.TextOf(top[i]);
            Assert.Equal(i >= 10 ? "OutlineLevel1Wide" : "OutlineLevel1", style);
            Assert.StartsWith(label, text, StringComparison.Ordinal);
            Assert.True(label.Length * 280 <= Twips(styles[style].StyleParagraphProperties!.Indentation!.Hanging), $"{label} ({label.Length * 280} twips) is wider than the hanging indent of {style}");
            Assert.Equal(i >= 10, text[label.Length] == '\t');
        }

        Assert.EndsWith(lines > 10 ? (schoolForms ? "十三、\t散會：下午5時56分。" : "拾壹、\t散會：下午5時56分。") : "拾、散會：下午5時56分。", Docx.TextOf(top[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_top_level_headings_print_the_same_text_in_LibreOffice()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-top-level-");
        try
        {
            var docx = MinutesTemplate.BuiltIn("minutes").RenderToBytes(TopLevel(12, numberedFacts: true, schoolForms: false));
            using var document = Docx.Open(docx);
            var path = Path.Combine(folder.FullName, "top-level.docx");
            File.WriteAllBytes(path, docx);

            var text = Whitespace(OfficeTools.PdfToText(OfficeTools.ConvertToPdf([path], folder.FullName).Single()));

            // Every paragraph's text is in the PDF text, in order: the tab after 拾壹、 only moves the text.
            var at = 0;
            foreach (var paragraph in document.ParagraphTexts.Select(Whitespace).Where(t => t.Length > 0))
            {
                var found = text.IndexOf(paragraph, at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"「{paragraph}」 is not in the PDF text after position {at}:\n{text}");
                at = found + paragraph.Length;
            }

            Assert.Contains("參、主席：林鄉長志明紀錄：鄭蕙萱肆、工作事項1", text, StringComparison.Ordinal);
            Assert.Contains("拾、工作事項7：本段內容。拾壹、工作事項8：本段內容。", text, StringComparison.Ordinal);
            Assert.EndsWith("拾陸、散會：下午5時56分。第1頁，共1頁", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(10, "NoticeFieldItem")]
    [InlineData(11, "NoticeFieldItemWide")]
    public void Notice_remarks_reaching_eleven_are_followed_by_a_tab(int count, string style)
    {
        var notice = new Notice { Remarks = new ValueList<string>(Enumerable.Range(1, count).Select(i => $"第{i}項備註。")) };
        using var document = Docx.Open(MinutesTemplate.BuiltIn("notice").RenderToBytes(Base with { Notice = notice }));
        document.AssertValid();

        var remarks = document.Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(Docx.TextOf).ToList();
        Assert.Equal(count, remarks.Count);
        Assert.All(remarks.Select((text, i) => (text, i)), r => Assert.StartsWith((r.i + 1).ToOutlineLabel(2) + (count > 10 ? "\t" : "") + "第", r.text, StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_and_item_subjects_keep_with_the_next_paragraph()
    {
        var meeting = Base with
        {
            Sections = ValueList.Of<Section>(
                new FollowUpSection { Items = ValueList.Of(new FollowUpItem { Subject = "網路防制業務", Status = "辦理中。" }) },
                new ReportsSection { Items = ValueList.Of(new Report { Unit = "社會處", Subject = "業務報告案。", Decision = ValueList.Of(new OutlineItem { Text = "准予備查。" }) }) },
                new ProposalsSection { Items = ValueList.Of(new Proposal { Subject = "修正要點案。", Unit = "秘書處", Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) }) },
                new MotionsSection { Items = ValueList.Of(new Motion { Subject = "加強聯繫案。", Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) }) }),
        };
        using var document = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(meeting));

        var kept = document.Paragraphs.Where(p => p.ParagraphProperties?.KeepNext is not null).Select(Docx.TextOf).ToList();
        foreach (var heading in new[] { "壹、確認上次會議紀錄：", "貳、報告事項：", "報告單位：社會處", "案由：業務報告案。", "參、討論事項：", "案由：修正要點案。", "肆、臨時動議：", "加強聯繫案。" })
        {
            Assert.Contains(kept, t => t.TrimEnd('\t') == heading);
        }
    }

    [Fact]
    public void A_line_break_in_a_one_line_field_is_refused_before_rendering()
    {
        var error = Assert.Throws<InvalidMeetingException>(() => MinutesTemplate.BuiltIn("minutes").RenderToBytes(Base with { Location = "本所\n會議室" }));

        Assert.Contains(error.Diagnostics, d => d.RuleId == "one-line-text" && d.Path == "location");
    }

    [Theory]
    [InlineData(null, null, "壹、審查事項：", "審查結論：照案通過。")]
    [InlineData("審議事項", "結論", "壹、審議事項：", "結論：照案通過。")]
    public void Reviews_close_each_case_with_its_conclusion(string? title, string? conclusion, string headingLine, string conclusionLine)
    {
        var texts = Render(Base with
        {
            Sections = ValueList.Of<Section>(new ReviewsSection
            {
                Title = title,
                Items = ValueList.Of(new Proposal { Subject = "變更都市計畫案。", Resolution = ValueList.Of(new OutlineItem { Text = "照案通過。" }) }),
                Labels = new AgendaLabels { Conclusion = conclusion },
            }),
        });

        Assert.Contains(headingLine, texts);
        Assert.Contains("案由：變更都市計畫案。", texts);
        Assert.Contains(conclusionLine, texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("決議", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_has_a_repeated_header_rows_kept_whole_and_a_column_per_cell()
    {
        var table = new Table
        {
            Title = "陳情意見綜理表",
            Columns = ValueList.Of("編號", "陳情人", "陳情理由"),
            Rows = ValueList.Of(ValueList.Of("1", "張君", "理由甲\n理由乙"), ValueList.Of("2", "李君")),
        };
        var bytes = MinutesTemplate.BuiltIn("minutes").RenderToBytes(WithProposal(new Proposal
        {
            Subject = "修正要點案。",
            Resolution = ValueList.Of(new OutlineItem { Text = "審決如後附綜理表。", Table = table }),
        }));

        using var document = Docx.Open(bytes);
        document.AssertValid();
        var rendered = document.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var rows = rendered.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(3, rendered.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!.Elements<DocumentFormat.OpenXml.Wordprocessing.GridColumn>().Count());
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.CantSplit>()));
        Assert.All(rows, r => Assert.Equal(3, r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Count()));
        Assert.Equal(["理由甲", "理由乙"], rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last().Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(Docx.TextOf));
        Assert.Contains("陳情意見綜理表", document.ParagraphTexts);
        Assert.Empty(document.JustifiedParagraphsWithBreaks);
    }

    [Theory]
    [MemberData(nameof(RenderedExamples.PairData), MemberType = typeof(RenderedExamples))]
    public void No_justified_paragraph_of_an_example_holds_a_line_break(string template, string example)
    {
        using var document = Docx.Open(RenderedExamples.Render(template, example));

        Assert.Empty(document.JustifiedParagraphsWithBreaks);
    }

    private static Meeting TopLevel(int sections, bool numberedFacts, bool schoolForms) => Base with
    {
        Recorder = ValueList.Of(new Person { Name = "鄭蕙萱" }), // 主席 and 紀錄 share a line, the 紀錄 at a tab
        Sections = new ValueList<Section>(Enumerable.Range(1, sections).Select(i => (Section)new TextSection { Title = $"工作事項{i}", Text = "本段內容。" })),
        Style = new DocumentStyle { NumberedFacts = numberedFacts, OutlineLabels = schoolForms ? ValueList.Of("一、", "（一）") : ValueList<string>.Empty },
    };

    private static string Whitespace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static Meeting WithProposal(Proposal proposal, AgendaLabels? labels = null) =>
        Base with { Sections = ValueList.Of<Section>(new ProposalsSection { Items = ValueList.Of(proposal), Labels = labels ?? new AgendaLabels() }) };

    private static System.Collections.Generic.List<string> Render(Meeting meeting)
    {
        using var document = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(meeting));
        return document.ParagraphTexts;
    }
}
