using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Conventions;

public class ConventionRulesTests
{
    [Theory]
    [InlineData("decision-word", "report-decision", "決議：准予備查。", "sections[0].items[0].decision[0].text", "准予備查。")]
    [InlineData("decision-word", "report-decision", "決議照案辦理。", "sections[0].items[0].decision[0].text", "照案辦理。")]
    [InlineData("decision-word", "report-decision", "決議准予備查。", "sections[0].items[0].decision[0].text", "准予備查。")]
    [InlineData("decision-word", "report-decision", "決定：准予備查。", "sections[0].items[0].decision[0].text", "准予備查。")]
    [InlineData("decision-word", "proposal-resolution", "決議：照案通過。", "sections[0].items[0].resolution[0].text", "照案通過。")]
    [InlineData("decision-word", "proposal-resolution", "決定：決議照案通過。", "sections[0].items[0].resolution[0].text", null)]
    [InlineData("record-noun", "item", "確認上次會議記錄。", "sections[0].items[0].text", "確認上次會議紀錄。")]
    [InlineData("record-noun", "section-title", "前次會議記錄確認", "sections[0].title", "前次會議紀錄確認")]
    [InlineData("record-noun", "item", "請填寫記錄表後送社會處", "sections[0].items[0].text", "請填寫紀錄表後送社會處")]
    [InlineData("record-noun", "item", "本案作成記錄並函送各單位", "sections[0].items[0].text", "本案作成紀錄並函送各單位")]
    [InlineData("record-noun", "item", "意見列入記錄", "sections[0].items[0].text", "意見列入紀錄")]
    [InlineData("record-noun", "item", "訪談記錄如附件，會議記錄另送", "sections[0].items[0].text", "訪談紀錄如附件，會議紀錄另送")]
    [InlineData("record-noun", "proposal-subject", "修正出勤記錄簿案。", "sections[0].items[0].subject", "修正出勤紀錄簿案。")]
    [InlineData("record-noun", "report-decision", "會議之記錄准予備查。", "sections[0].items[0].decision[0].text", "會議之紀錄准予備查。")]
    [InlineData("missing-resolution", "proposal-subject", "修正要點案。", "sections[0].items[0]", null)]
    [InlineData("missing-resolution", "motion-subject", "加強業務聯繫。", "sections[0].items[0]", null)]
    [InlineData("missing-resolution", "review-subject", "變更都市計畫案。", "sections[0].items[0]", null)]
    [InlineData("decision-word", "followup-decision", "決議：解除列管。", "sections[0].items[0].decision", "解除列管。")]
    [InlineData("decision-word", "proposal-resolution", "決定：照案通過。", "sections[0].items[0].resolution[0].text", "照案通過。")]
    [InlineData("decision-word", "motion-resolution", "決定:依委員建議事項辦理。", "sections[0].items[0].resolution[0].text", "依委員建議事項辦理。")]
    [InlineData("decision-word", "motion-resolution", "決定：", "sections[0].items[0].resolution[0].text", null)]
    [InlineData("half-width-punctuation", "report-decision", "准予備查.", "sections[0].items[0].decision[0].text", "准予備查。")]
    [InlineData("half-width-punctuation", "suggestion", "建議分析(黃淑鈴委員)", "sections[0].items[0].suggestions[0].text", "建議分析（黃淑鈴委員）")]
    [InlineData("half-width-punctuation", "item", "說明:請各單位配合,謝謝!", "sections[0].items[0].text", "說明：請各單位配合，謝謝！")]
    [InlineData("half-width-punctuation", "chair-title", "秘書長(代理)", "chair.title", "秘書長（代理）")]
    [InlineData("weekday-form", "notice-remark", "訂於106年8月1日（二）召開", "notice.remarks[0]", "訂於106年8月1日（星期二）召開")]
    [InlineData("weekday-form", "item", "於8月1日(二)下午2時", "sections[0].items[0].text", "於8月1日(星期二)下午2時")]
    [InlineData("weekday-form", "item", "8月6日（週日）", "sections[0].items[0].text", "8月6日（星期日）")]
    [InlineData("title-punctuation", "name", "兒少防制，督導會報", "name", null)]
    [InlineData("title-punctuation", "agency", "宜蘭縣政府(社會處)", "agency", null)]
    [InlineData("title-punctuation", "session", "106年度第1次.", "session", null)]
    [InlineData("western-year", "item", "2017年起實施", "sections[0].items[0].text", "106年起實施")]
    [InlineData("western-year", "item", "西元2017年起實施", "sections[0].items[0].text", "106年起實施")]
    [InlineData("western-year", "response", "已於2017/07/18函送", "sections[0].items[0].suggestions[0].response[0].text", "已於106年7月18日函送")]
    [InlineData("western-year", "section-text", "2017-7-18召開", "sections[0].text", "106年7月18日召開")]
    [InlineData("simplified-character", "section-text", "会议记录", "sections[0].text", "會議記錄")]
    [InlineData("simplified-character", "proposal-explanation", "说明如下", "sections[0].items[0].explanation[0].text", "說明如下")]
    [InlineData("simplified-character", "report-decision", "决议：照办", "sections[0].items[0].decision[0].text", "決議：照辦")]
    [InlineData("simplified-character", "item", "请于发文后办理", "sections[0].items[0].text", null)]
    [InlineData("simplified-character", "name", "兒少防制督导会报", "name", "兒少防制督導會報")]
    [InlineData("manual-numbering", "item", "一、兒童及少年性剝削防制條例修正", "sections[0].items[0].text", "兒童及少年性剝削防制條例修正")]
    [InlineData("manual-numbering", "sub-item", "（一）建議分流規劃", "sections[0].items[0].items[0].text", "建議分流規劃")]
    [InlineData("manual-numbering", "suggestion", "(三) 目前尚未針對性剝削議題做分流", "sections[0].items[0].suggestions[0].text", "目前尚未針對性剝削議題做分流")]
    [InlineData("manual-numbering", "item", "1. 請各單位配合", "sections[0].items[0].text", "請各單位配合")]
    [InlineData("manual-numbering", "item", "(1)請各單位配合", "sections[0].items[0].text", "請各單位配合")]
    [InlineData("manual-numbering", "section-title", "壹、主席致詞", "sections[0].title", "主席致詞")]
    [InlineData("manual-numbering", "section-title", "拾壹、散會", "sections[0].title", "散會")]
    [InlineData("manual-numbering", "report-title", "二、警察局業務報告", "sections[0].items[0].title", "警察局業務報告")]
    [InlineData("manual-numbering", "motion-subject", "案由一：警察局業務規劃應加強。", "sections[0].items[0].subject", "警察局業務規劃應加強。")]
    [InlineData("manual-numbering", "proposal-subject", "第一案：修正要點案。", "sections[0].items[0].subject", "修正要點案。")]
    [InlineData("manual-numbering", "proposal-subject", "提案二、修正要點案。", "sections[0].items[0].subject", "修正要點案。")]
    [InlineData("manual-numbering", "item", "一、", "sections[0].items[0].text", null)]
    public void Rule_reports_the_breach_with_its_path_and_fix(string ruleId, string place, string text, string path, string? fix)
    {
        var finding = Assert.Single(Check(ruleId, Meetings.With(place, text)));

        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(path, finding.Path);
        Assert.Equal(fix, finding.Fix?.Replacement);
        Assert.Equal(fix is null ? null : path, finding.Fix?.Path);
        Assert.False(string.IsNullOrEmpty(finding.MessageZh));
        Assert.False(string.IsNullOrEmpty(finding.MessageEn));
    }

    [Theory]
    [InlineData("主席：蔣萬安市長", "主席：蔣市長萬安", "「蔣萬安市長」應寫成「蔣市長萬安」")]
    [InlineData("主席：黃淑鈴委員\t紀錄：鄭蕙萱", "主席：黃委員淑鈴\t紀錄：鄭蕙萱", "「黃淑鈴委員」應寫成「黃委員淑鈴」")]
    [InlineData("主持人：歐陽明德副局長（請假）", "主持人：歐陽副局長明德（請假）", "「歐陽明德副局長」應寫成「歐陽副局長明德」")]
    [InlineData("出席：略\n主席：張簡文彬處長", "出席：略\n主席：張簡處長文彬", "「張簡文彬處長」應寫成「張簡處長文彬」")]
    public void Honorific_order_offers_the_chair_lines_official_form(string text, string fix, string message)
    {
        var finding = Assert.Single(new ConventionChecker().CheckText(text), d => d.RuleId == "honorific-order");

        Assert.Equal(fix, finding.Fix?.Replacement);
        Assert.Contains(message, finding.MessageZh, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("主席：蔣市長萬安")]
    [InlineData("主席：賴秘書長錫祿\t紀錄：鄭蕙萱")]
    [InlineData("主席：蔣萬安")]
    [InlineData("主席：蔣萬安 市長")]
    [InlineData("由蔣萬安市長主持")]
    [InlineData("主席裁示：請社會處主責整合。")]
    public void Honorific_order_leaves_other_texts_alone(string text) =>
        Assert.DoesNotContain(new ConventionChecker().CheckText(text), d => d.RuleId == "honorific-order");

    [Theory]
    [InlineData("decision-word", "report-decision", "准予備查。")]
    [InlineData("decision-word", "proposal-resolution", "照案通過。")]
    [InlineData("decision-word", "report-decision", "決定權由主席行使。")]
    [InlineData("record-noun", "item", "記錄在案")]
    [InlineData("record-noun", "item", "委員意見予以記錄")]
    [InlineData("record-noun", "item", "請詳實記錄會議內容")]
    [InlineData("record-noun", "item", "由社會處記錄表決結果")]
    [InlineData("record-noun", "item", "記錄本次會議重點")]
    [InlineData("record-noun", "item", "本次會議記錄在案")]
    [InlineData("record-noun", "item", "記錄單位為社會處")]
    [InlineData("record-noun", "item", "會議紀錄如附件")]
    [InlineData("record-noun", "chair-title", "會議記錄")]
    [InlineData("missing-resolution", "proposal-resolution", "照案通過。")]
    [InlineData("missing-resolution", "motion-resolution", "保留。")]
    [InlineData("missing-resolution", "review-resolution", "修正後通過。")]
    [InlineData("decision-word", "item", "決議事項如下")]
    [InlineData("half-width-punctuation", "report-decision", "准予備查。")]
    [InlineData("half-width-punctuation", "item", "預算3.5萬元，於上午9:30開會")]
    [InlineData("half-width-punctuation", "item", "網址：https://ecare.mohw.gov.tw/，信箱 service@mohw.gov.tw")]
    [InlineData("half-width-punctuation", "name", "兒少防制,督導會報")]
    [InlineData("weekday-form", "item", "106年7月18日（星期二）")]
    [InlineData("weekday-form", "item", "（二）建議事項")]
    [InlineData("weekday-form", "item", "第7條(二)之規定")]
    [InlineData("title-punctuation", "name", "兒童及少年性剝削防制督導會報")]
    [InlineData("title-punctuation", "location", "本府第一會議室(3樓)")]
    [InlineData("western-year", "item", "自 106 年 1 月 1 日正式實施")]
    [InlineData("western-year", "item", "列入 107 年場域宣導")]
    [InlineData("western-year", "item", "西元1900年之建築")]
    [InlineData("western-year", "item", "詳見 http://www.gov.tw/news/2017/07/18/a.html")]
    [InlineData("western-year", "item", "電話03-9251000轉2017")]
    [InlineData("simplified-character", "item", "單于文與張松年委員")]
    [InlineData("simplified-character", "item", "台北市政府范姜委員")]
    [InlineData("simplified-character", "item", "會議紀錄")]
    [InlineData("manual-numbering", "item", "一般民眾亦可參與")]
    [InlineData("manual-numbering", "item", "3.5萬元預算")]
    [InlineData("manual-numbering", "item", "十分重要")]
    [InlineData("manual-numbering", "section-text", "一、本段由撰寫者自行分項")]
    [InlineData("manual-numbering", "motion-subject", "警察局業務規劃應加強。")]
    public void Rule_is_silent_when_the_convention_is_kept(string ruleId, string place, string text)
    {
        Assert.Empty(Check(ruleId, Meetings.With(place, text)));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void Weekday_form_rule_keeps_the_short_weekday_a_style_chooses(bool shortWeekday, int findings)
    {
        var meeting = Meetings.With("item", "於6/16（五）14:00在校長室舉行。") with { Style = new DocumentStyle { ShortWeekday = shortWeekday } };

        Assert.Equal(findings, Check("weekday-form", meeting).Length);
    }

    [Theory]
    [InlineData("記錄", true)]
    [InlineData("記錄：", true)]
    [InlineData("紀錄", false)]
    [InlineData("紀錄：", false)]
    public void Recorder_label_rule_wants_紀錄(string label, bool reported)
    {
        var meeting = Meetings.Minimal() with { Style = new DocumentStyle { RecorderLabel = label } };

        var findings = Check("recorder-label", meeting);

        if (reported)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Equal(new Fix("style.recorderLabel", "紀錄"), finding.Fix);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Theory]
    [InlineData("report-decision", "決議准予備查。", "sections[0].items[0].decision[0].text", "准予備查。")]
    [InlineData("section-text", "会议记录", "sections[0].text", "會議紀錄")]
    [InlineData("proposal-resolution", "決定：決議照案通過。", "sections[0].items[0].resolution[0].text", null)]
    public void Every_fix_offered_is_checked_by_all_the_rules(string place, string text, string path, string? fixedText)
    {
        var checker = new ConventionChecker();
        var findings = checker.Check(Meetings.With(place, text)).Where(finding => finding.Path == path).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.Equal(fixedText, finding.Fix?.Replacement));
        if (fixedText is not null)
        {
            Assert.DoesNotContain(checker.Check(Meetings.With(place, fixedText)), finding => finding.Path == path);
        }
    }

    [Fact]
    public void Half_width_brackets_are_accepted_when_the_style_chooses_them()
    {
        var meeting = Meetings.With("item", "關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台") with
        {
            Style = new DocumentStyle { HalfWidthBrackets = true },
        };

        Assert.Empty(Check("half-width-punctuation", meeting));
        Assert.Single(Check("half-width-punctuation", meeting with { Style = new DocumentStyle() }));
    }

    [Fact]
    public void Simplified_character_message_names_the_characters()
    {
        var finding = Assert.Single(Check("simplified-character", Meetings.With("item", "会议")));

        Assert.Contains("「会」→「會」", finding.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains("「议」→「議」", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本所建設課", false)]
    [InlineData("如正副本", false)]
    [InlineData("", false)]
    [InlineData("臺北市政府", true)]
    public void Notice_recipient_is_a_recipient_or_如正副本(string recipient, bool reported)
    {
        var meeting = Meetings.Minimal() with
        {
            Notice = new Notice
            {
                Recipient = recipient,
                Originals = ValueList.Of(new NoticeRecipient { Unit = "本所建設課" }),
                Copies = ValueList.Of(new NoticeRecipient { Unit = "本所民政課" }),
            },
        };

        var findings = Check("notice-recipient", meeting);

        Assert.Equal(reported, findings.Length == 1);
        Assert.All(findings, finding => Assert.Equal("notice.recipient", finding.Path));
    }

    private static Diagnostic[] Check(string ruleId, Meeting meeting)
    {
        var rule = ConventionChecker.DefaultRules.Single(candidate => candidate.Rule.Id == ruleId);
        return new ConventionChecker([rule]).Check(meeting).ToArray();
    }

    [Fact]
    public void A_western_year_after_a_long_run_of_spaces_is_found_and_spaces_alone_are_not()
    {
        // \s* before the year was tried from every space of a run: quadratic in its length.
        var spaces = new string(' ', 20_000);

        var found = Assert.Single(new ConventionChecker().CheckText("會議" + spaces + "2017年召開"), d => d.RuleId == "western-year");
        Assert.Equal("會議106年召開", found.Fix!.Replacement);
        Assert.DoesNotContain(new ConventionChecker().CheckText("會議" + spaces + "召開"), d => d.RuleId == "western-year");
    }
}
