using System;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>The built-in templates' output, read from the document's XML.</summary>
public sealed class BuiltInTemplateTests
{
    private static readonly Regex TopLevelLabel = new("^[壹貳參肆伍陸柒捌玖拾]+、", RegexOptions.CultureInvariant);

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var template in BuiltInTemplates.All)
        {
            data.Add(template.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RenderedExamples.PairData), MemberType = typeof(RenderedExamples))]
    public void Every_template_renders_every_example_into_a_valid_document(string template, string example)
    {
        var docx = RenderedExamples.Render(template, example);

        Docx.AssertValid(docx);
        Assert.Contains(Docx.Open(docx).ParagraphTexts, p => p.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_sets_an_official_page_fonts_and_language(string template)
    {
        using var document = Docx.Open(RenderedExamples.Render(template, "zhudong-2025.yaml"));
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var paragraph = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.True(size.Orient is null || size.Orient.Value == PageOrientationValues.Portrait);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal([1418, 1418, 1418, 1418], new[] { margin.Top!.Value, (int)margin.Right!.Value, margin.Bottom!.Value, (int)margin.Left!.Value });
        Assert.Equal("標楷體", run.RunFonts!.EastAsia);
        Assert.Equal("Times New Roman", run.RunFonts.Ascii);
        Assert.Equal("Times New Roman", run.RunFonts.HighAnsi);
        Assert.Equal(FontTypeHintValues.EastAsia, run.RunFonts.Hint!.Value);
        Assert.Equal("zh-TW", run.Languages!.EastAsia);
        Assert.True(paragraph.Kinsoku is { } kinsoku && (kinsoku.Val is null || kinsoku.Val.Value));
        Assert.Equal(LineSpacingRuleValues.Exact, paragraph.SpacingBetweenLines!.LineRule!.Value);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_renders_ten_thousand_people_present(string template)
    {
        // The lists of people grew by copying (array.add in a loop), which Scriban counts as
        // loop iterations: about 450 people passed the loop limit of 100,000.
        var yaml = Reliability.HostileCorpus.Attendees(System.IO.File.ReadAllText(Repository.Example("yilan-2017.yaml")), 10_000);
        var read = MeetingReader.Read(yaml, "attendees.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Select(d => $"{d.Path}: {d.MessageEn}")));

        var docx = MinutesTemplate.BuiltIn(template).RenderToBytes(read.Meeting!);

        Docx.AssertValid(docx);
        var text = string.Concat(Docx.Open(docx).ParagraphTexts);
        Assert.Contains("第0單位", text, StringComparison.Ordinal);
        Assert.Contains(template == "minutes" ? "王9998委員" : "第9998單位", text, StringComparison.Ordinal);
        if (template == "minutes")
        {
            Assert.Contains("王9999委員", text, StringComparison.Ordinal); // on leave: listed after those present
        }
    }

    [Fact]
    public void The_minutes_have_a_centred_bold_title_hanging_indents_and_page_numbers()
    {
        using var document = Docx.Open(RenderedExamples.Render("minutes", "yilan-2017.yaml"));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var title = main.Document!.Body!.Elements<Paragraph>().First();
        var footer = string.Concat(main.FooterParts.Single().Footer!.Descendants<FieldCode>().Select(f => f.Text));

        Assert.Equal("MinutesTitle", title.ParagraphProperties!.ParagraphStyleId!.Val);
        Assert.Equal("宜蘭縣政府106年度第1次\n兒童及少年性剝削防制督導會報會議紀錄", Docx.TextOf(title)); // 29 characters: broken between its parts, not after the 22nd
        Assert.Equal(JustificationValues.Center, styles["MinutesTitle"].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(styles["MinutesTitle"].StyleRunProperties!.Bold);
        Assert.Equal("40", styles["MinutesTitle"].StyleRunProperties!.FontSize!.Val);
        for (var level = 1; level <= 5; level++)
        {
            // Each level's label starts one 14 pt character (280 twips) further in; the hanging
            // indent puts wrapped lines after the label.
            var indentation = styles[$"OutlineLevel{level}"].StyleParagraphProperties!.Indentation!;
            var left = int.Parse(indentation.Left!, System.Globalization.CultureInfo.InvariantCulture);
            var hanging = int.Parse(indentation.Hanging!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(hanging >= 560, $"level {level} hangs {hanging}");
            Assert.Equal((level - 1) * 280, left - hanging);
        }

        Assert.Contains("PAGE", footer, StringComparison.Ordinal);
        Assert.Contains("NUMPAGES", footer, StringComparison.Ordinal);
        Assert.Equal("第 1 頁，共 1 頁", Docx.TextOf(main.FooterParts.Single().Footer!.Elements<Paragraph>().Single()));
        Assert.Null(main.NumberingDefinitionsPart);
    }

    [Fact]
    public void A_unit_sitting_in_that_sent_no_one_is_listed_after_the_observers_not_among_the_members()
    {
        var paragraphs = Docx.Open(RenderedExamples.Render("minutes", "zhudong-2025.yaml")).ParagraphTexts;

        Assert.True(paragraphs.IndexOf("未派員：竹東分局") > paragraphs.IndexOf("列席單位及人員："), string.Join("\n", paragraphs));
        Assert.True(paragraphs.IndexOf("請假：羅委員美玲") < paragraphs.IndexOf("列席單位及人員："));
    }

    [Theory]
    [InlineData("yilan-2017.yaml", "參、主　　席：賴秘書長錫祿\t記錄：鄭蕙萱")]
    [InlineData("yilan-2017.yaml", "伍、確認上次會議主席裁示辦理情形：無提案討論及列管事項。")]
    [InlineData("yilan-2017.yaml", "(一)\t建議可針對兒少好發年齡或地點等資訊進行分析及風險預測。(黃淑鈴委員)")]
    [InlineData("yilan-2017.yaml", "二、警察局業務報告：建議警察局提供更深入資料，暸解預防犯罪的熱點在哪邊，以利防制業務執行。(黃淑鈴委員)")]
    [InlineData("yilan-2017.yaml", "三、衛生局業務報告：准予備查。")]
    [InlineData("yilan-2017.yaml", "捌、提案討論：無。")]
    [InlineData("yilan-2017.yaml", "案由一：\t曾委員文杞提案")]
    [InlineData("yilan-2017.yaml", "拾壹、\t散會：下午2時30分。")] // the label hangs out, a tab to the text
    [InlineData("zhudong-2025.yaml", "時間：114年3月12日（星期三）上午9時30分")]
    [InlineData("zhudong-2025.yaml", "主席：劉鎮長建宏\t紀錄：彭郁婷")]
    [InlineData("zhudong-2025.yaml", "請假：羅委員美玲")]
    [InlineData("zhudong-2025.yaml", "出席委員：")]
    [InlineData("zhudong-2025.yaml", "本所：陳主任秘書怡君（副召集人）\t建設課：林課長俊傑")]
    [InlineData("zhudong-2025.yaml", "清潔隊：張隊長家豪\t范姜委員志遠")]
    [InlineData("zhudong-2025.yaml", "曾委員秀蓮\t温委員國樑")]
    [InlineData("zhudong-2025.yaml", "未派員：竹東分局")]
    [InlineData("zhudong-2025.yaml", "出席人數：應出席9人，實到8人，請假1人")]
    [InlineData("zhudong-2025.yaml", "列席單位及人員：")]
    [InlineData("zhudong-2025.yaml", "新竹縣政府工務處：吳科長宗翰\t新竹縣政府工務處：劉技正家瑜")]
    [InlineData("zhudong-2025.yaml", "竹東鎮民代表會：邱代表文華\t台灣電力公司新竹區營業處")]
    [InlineData("legislative-education-culture-committee-11-4-1.yaml", "紀錄：簡任秘書盧焜鑫、簡任編審蔡淑珍、科長楊永綨")]
    [InlineData("legislative-education-culture-committee-11-4-1.yaml", "出席召集委員：劉書彬、陳秀寳")]
    [InlineData("legislative-education-culture-committee-11-4-1.yaml", "主任秘書：陳錫欽")]
    [InlineData("taipei-urban-planning-commission-630.yaml", "主席：陳兼副主任委員永仁（代）\t彙整：陳福隆")]
    [InlineData("taipei-urban-planning-commission-630.yaml", "出席委員：詳簽到表")]
    [InlineData("taipei-urban-planning-commission-630.yaml", "列席單位人員：詳簽到表")]
    [InlineData("zhudong-2025.yaml", "（三）\t建議於路燈故障通報平台增列照片上傳功能，以利判斷故障位置。（曾秀蓮委員）")]
    [InlineData("zhudong-2025.yaml", "第一案\t提案單位：建設課")]
    [InlineData("zhudong-2025.yaml", "表決結果：舉手表決，贊成9票，反對1票，棄權1票。")]
    [InlineData("zhudong-2025.yaml", "表決結果：舉手表決，贊成11票，反對0票。")]
    [InlineData("zhudong-2025.yaml", "柒、散會：上午11時40分。")]
    public void The_minutes_write_the_official_lines(string example, string line)
    {
        var paragraphs = Docx.Open(RenderedExamples.Render("minutes", example)).ParagraphTexts;

        Assert.Contains(line, paragraphs);
    }

    [Theory]
    [InlineData(10, "無。", false, "壹、第1段：內容。|貳、第2段：內容。|參、第3段：內容。|肆、第4段：內容。|伍、第5段：內容。|陸、第6段：內容。|柒、第7段：內容。|捌、第8段：內容。|玖、第9段：內容。|拾、第10段：內容。|拾壹、\t散會：上午10時。")] // 拾壹、 hangs out, a tab to the text
    [InlineData(2, "無。", true, "壹、第1段：內容。|貳、第2段：內容。|參、討論事項：無。|肆、散會：上午10時。")]
    [InlineData(2, "", true, "壹、第1段：內容。|貳、第2段：內容。|參、散會：上午10時。")]
    public void Sections_are_numbered_from_those_written(int textSections, string emptySection, bool withEmptySection, string expectedHeadings)
    {
        var sections = string.Concat(Enumerable.Range(1, textSections).Select(i => $"  - {{ kind: text, title: 第{i}段, text: 內容。 }}\n"))
            + (withEmptySection ? "  - { kind: proposals }\n" : "");
        var yaml = "agency: 測試所\nname: 測試會議\ndate: 2025-03-12\nstart: \"09:30\"\nend: \"10:00\"\nlocation: 會議室\n"
            + $"chair: {{ name: 王大明, title: 所長 }}\nstyle: {{ emptySection: \"{emptySection}\" }}\nsections:\n{sections}";
        var read = MeetingReader.Read(yaml, "test.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Select(d => d.MessageEn)));

        var paragraphs = Docx.Open(MinutesTemplate.BuiltIn("minutes").RenderToBytes(read.Meeting!)).ParagraphTexts;

        Assert.Equal(expectedHeadings.Split('|'), paragraphs.Where(p => TopLevelLabel.IsMatch(p)));
    }

    [Fact]
    public void The_notice_writes_its_fields_in_the_official_order()
    {
        var text = string.Join("\n", Docx.Open(RenderedExamples.Render("notice", "zhudong-2025.yaml")).ParagraphTexts);
        string[] fields = ["檔　　號：114/070101", "新竹縣竹東鎮公所　開會通知單", "地址：", "電子信箱：", "受文者：如正副本", "發文日期：中華民國114年3月3日", "發文字號：", "速別：普通件",
            "密等及解密條件或保密期限：普通", "附件：會議議程", "開會事由：", "開會時間：114年3月12日（星期三）上午9時30分",
            "開會地點：", "主持人：劉鎮長建宏", "聯絡人及電話：彭郁婷　(03)596-6177轉231", "出席者：", "列席者：", "副本：", "備註：", "二、本所停車位有限"];

        var positions = fields.Select(f => text.IndexOf(f, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [InlineData("zhudong-2025.yaml", 0, 12, 1, "1|本所|主任秘書|陳怡君||副召集人")]
    [InlineData("zhudong-2025.yaml", 0, 12, 3, "3|民政課|課長|黃淑芬||許維倫代理")]
    [InlineData("zhudong-2025.yaml", 0, 12, 9, "9||委員|羅美玲||請假")]
    [InlineData("zhudong-2025.yaml", 0, 12, 12, "|||||")]
    [InlineData("zhudong-2025.yaml", 1, 8, 1, "1|新竹縣政府工務處|科長|吳宗翰||")]
    [InlineData("zhudong-2025.yaml", 1, 8, 5, "5|竹東分局||||未派員")]
    [InlineData("yilan-2017.yaml", 0, 10, 10, "|||||")]
    [InlineData("yilan-2017.yaml", 1, 3, 3, "|||||")]
    public void The_sign_in_sheet_has_a_row_per_attendee_under_a_repeated_header(string example, int tableIndex, int rows, int rowIndex, string row)
    {
        using var document = Docx.Open(RenderedExamples.Render("sign-in", example));
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var tableRows = tables[tableIndex].Elements<TableRow>().ToList();
        string Cells(TableRow row) => string.Join("|", row.Elements<TableCell>().Select(Docx.TextOf));

        Assert.Equal(2, tables.Count);
        Assert.Equal("序號|單位|職稱|姓名|簽名|備註", Cells(tableRows[0]));
        Assert.NotNull(tableRows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(rows, tableRows.Count - 1);
        Assert.All(tableRows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.All(tableRows.Skip(1), row =>
        {
            Assert.Null(row.TableRowProperties!.GetFirstChild<TableHeader>());
            var signature = row.Elements<TableCell>().ElementAt(4);
            Assert.Equal("", Docx.TextOf(signature));
            var away = Docx.TextOf(row.Elements<TableCell>().Last()) is "請假" or "缺席" or "未派員";
            Assert.Equal(away, signature.TableCellProperties!.GetFirstChild<Shading>() is not null);
            Assert.True(row.TableRowProperties.GetFirstChild<TableRowHeight>()!.Val!.Value >= (away ? 567u : 851u));
        });
        Assert.Equal(row, Cells(tableRows[rowIndex]));
    }

    [Fact]
    public void The_follow_up_section_is_a_table_whose_header_repeats_and_whose_rows_do_not_split()
    {
        using var document = Docx.Open(RenderedExamples.Render("minutes", "zhudong-2025.yaml"));
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        string Cells(TableRow row) => string.Join("|", row.Elements<TableCell>().Select(Docx.TextOf));

        Assert.Equal("編號|案由|決議（定）|主辦單位|辦理情形|列管建議", Cells(rows[0]));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(3, rows.Count);
        Assert.Equal("2|竹東圳沿岸步道照明不足案|請建設課研議增設照明設施，並於下次會議報告。|建設課|已完成設計，預定114年4月發包施工。|繼續列管\n決定：繼續列管。", Cells(rows[2]));
        // A justified line in a narrow cell spreads its characters across the cell.
        Assert.All(rows.SelectMany(row => row.Descendants<Paragraph>()), paragraph =>
            Assert.Contains(paragraph.ParagraphProperties?.Justification?.Val?.Value, new JustificationValues?[] { JustificationValues.Left, JustificationValues.Center }));
    }
}
