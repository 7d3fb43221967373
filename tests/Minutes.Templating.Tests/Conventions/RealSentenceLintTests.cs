using System.Linq;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Tests.Conventions;

/// <summary>
/// Lint on sentences of published minutes (../shared/examples/real-minutes/ and
/// BuiltIn/Data/real-minutes/): what the original does not deserve is not reported, and the true
/// breaches beside them still are. A fix never rewrites a name or a quotation.
/// </summary>
public class RealSentenceLintTests
{
    [Theory]
    // A year inside a quoted name or title, or naming the edition of the title after it.
    [InlineData("item", "本案係配合「2010年臺北好好看」系列計畫辦理，請都市發展局補充說明。")]
    [InlineData("item", "本計畫區之歷史紋理參考1925年「臺灣堡圖」及日治時期地籍資料。")]
    [InlineData("section-text", "請參考《2018年臺灣城鄉發展報告》及〈2020年國土計畫〉辦理。")]
    [InlineData("report-decision", "本案洽悉，並請依『2030雙語國家政策』規劃辦理。")]
    [InlineData("name", "2010年臺北國際花卉博覽會籌備委員會")]
    [InlineData("chair-title", "2009年世界運動會組織委員會執行長")]
    // A sub-case named inside an outline item or a sentence.
    [InlineData("item", "第一案：照案通過。")]
    [InlineData("resolved-proposal-subject", "第一案至第三案併案審議，提請 委員會議審議。")]
    [InlineData("resolved-proposal-subject", "第二案之決議內容修正案，提請 審議。")]
    [InlineData("proposal-resolution", "第一案照案通過；第二案撤案。")]
    // Quotations keep their source's punctuation.
    [InlineData("item", "依立法院各委員會組織法第四條之一規定：「各委員會之議程,應由輪值召集委員決定之。」。")]
    [InlineData("item", "依立法院各委員會組織法第二十一條規定：「各委員會會議,除本法規定者外,得準用立法院組織法、立法院職權行使法、立法委員行為法及立法院議事規則有關條文之規定。」。")]
    // Sentences of the planning commission's minutes as published.
    [InlineData("item", "關於更新單元審查程序，依據原「臺北市都市更新自治條例」第15條第2項規定「自行劃定更新單元應送經主管機關核轉本市都市計畫委員會審議通過後，公告實施之」。")]
    [InlineData("item", "全案係市府100年9月27日府都規字第10035448700號公告公開展覽並函送到會。")]
    [InlineData("item", "本市萬華區萬大段一小段291-3、359 地號2 筆土地，計畫區面積2,148平方公尺，使用分區為公園用地。")]
    [InlineData("proposal-resolution", "本案洽悉。")]
    [InlineData("item", "計畫書第1頁法源依據，請刪除「都市計畫法第27條之1」。")]
    [InlineData("item", "於民國74年完工，為傳統市場，原劃設攤位為64 攤，地下室有汽車停車位32個。本市場已於95年12月15日停止使用。")]
    [InlineData("item", "依第3.1（一）之規定辦理，並於6月16日（星期五）14:00在校長室舉行。")]
    // Sentences of the school committee's minutes, with the full-width marks a clerk types.
    [InlineData("item", "根據上次會議所提出建議，菜單應為了使學童自然適應飲食習慣，而不適宜特別標註蔬食日，會使學童因偏食而改變飲食。")]
    [InlineData("proposal-resolution", "通過，日後若弱勢學童不及申請午餐減免，可暫由教育儲蓄戶支應。")]
    [InlineData("resolved-proposal-subject", "報告異動學生二名。（一名增加無力支付，另一名學童低收入戶）")]
    [InlineData("resolved-proposal-subject", "請推舉召集委員一人擔任本院紀律委員會召集委員，請議決案。")]
    public void A_sentence_of_real_minutes_gets_no_finding(string place, string text)
    {
        Assert.Empty(new ConventionChecker().Check(Meetings.With(place, text)));
    }

    [Theory]
    [InlineData("western-year", "item", "本案自2017年起實施，並依「2010年臺北好好看」辦理。", "本案自106年起實施，並依「2010年臺北好好看」辦理。", "2017年")]
    [InlineData("western-year", "item", "1925年「臺灣堡圖」顯示本區於1950年劃出設鎮。", "1925年「臺灣堡圖」顯示本區於39年劃出設鎮。", "1950年")]
    [InlineData("manual-numbering", "resolved-proposal-subject", "第一案：修正要點案。", "修正要點案。", "第一案：")]
    [InlineData("manual-numbering", "resolved-proposal-subject", "第一案 修正要點案。", "修正要點案。", "第一案")]
    [InlineData("manual-numbering", "item", "（一）第一案：照案通過。", "第一案：照案通過。", "（一）")]
    [InlineData("half-width-punctuation", "item", "依規定:「各委員會之議程,應由輪值召集委員決定之。」,請查照。", "依規定：「各委員會之議程,應由輪值召集委員決定之。」，請查照。", "定:「各")]
    [InlineData("half-width-punctuation", "item", "本會期召集委員主持分組審查表(詳如附件1),請議決案。", "本會期召集委員主持分組審查表（詳如附件1），請議決案。", "組審查表(詳如附件")]
    [InlineData("weekday-form", "item", "期末午餐兩校聯席日期，於6/16（五）14:00在校長室舉行。", "期末午餐兩校聯席日期，於6/16（星期五）14:00在校長室舉行。", "6/16（五）")]
    [InlineData("weekday-form", "item", "時間：106.5.12（三）下午1時30分", "時間：106.5.12（星期三）下午1時30分", "106.5.12（三）")]
    [InlineData("manual-numbering", "resolved-proposal-subject", "（一）、105年5月份菜單審核，請討論。", "105年5月份菜單審核，請討論。", "（一）、")]
    [InlineData("record-noun", "item", "高雄市新興國小105學年度第8次午餐供應委員會會議記錄", "高雄市新興國小105學年度第8次午餐供應委員會會議紀錄", "會議記錄")]
    [InlineData("half-width-punctuation", "item", "運輸車及餐桶未密合,易導致蟑螂出沒,宜慎用餐桶。", "運輸車及餐桶未密合，易導致蟑螂出沒，宜慎用餐桶。", "未密合,易導致")]
    [InlineData("record-noun", "item", "依「臺北市會議記錄作業要點」作成記錄並函送。", "依「臺北市會議記錄作業要點」作成紀錄並函送。", "作成記錄並函送")]
    public void A_true_breach_beside_a_name_is_still_found_and_the_fix_spares_the_name(string ruleId, string place, string text, string fixedText, string quoted)
    {
        var finding = Assert.Single(new ConventionChecker().Check(Meetings.With(place, text)), d => d.RuleId == ruleId);
        Assert.Equal(fixedText, finding.Fix?.Replacement);
        Assert.Contains(quoted, finding.MessageZh, System.StringComparison.Ordinal);
        Assert.Empty(new ConventionChecker().Check(Meetings.With(place, fixedText)));
    }

    [Theory]
    [InlineData("western-year", "item", "三、今「臺北市都市更新自治條例」第15條刪除第2項規定，已於100年11月10日府法3字第10033877800號函公告，得簡化程序以專責單位完整受理民間自行申請都市更新單元案，鑒此，自2012年起終止受理。", "…鑒此，自2012年起終止受…")]
    [InlineData("half-width-punctuation", "item", "本委員會召開之公聽會須與院會交付審查之議案有關，公聽會受邀出席表達意見人員，由召集委員協調依立法院職權行使法第五十六條規定分別邀請,並請依正反觀點者平衡邀請.", "…分別邀請,並請依正…")]
    [InlineData("weekday-form", "item", "本委員會召開之公聽會須與院會交付審查之議案有關，訂於114年10月1日（三）上午9時召開，並請依正反觀點者平衡邀請。", "…10月1日（三）上午9時…")]
    [InlineData("record-noun", "item", "本委員會召開之公聽會須與院會交付審查之議案有關，公聽會之會議記錄由本會依程序辦理核銷。", "…會之會議記錄由本會依…")]
    public void A_finding_quotes_the_offending_characters_with_a_little_context_not_the_whole_text(string ruleId, string place, string text, string excerpt)
    {
        var finding = Assert.Single(new ConventionChecker().Check(Meetings.With(place, text)), d => d.RuleId == ruleId);
        Assert.Contains($"「{excerpt}」", finding.MessageZh, System.StringComparison.Ordinal);
        Assert.Contains($"{excerpt}", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.DoesNotContain(text, finding.MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_resolution_names_its_case_by_the_first_words_of_a_long_subject()
    {
        const string subject = "變更臺北市文山區華興段一小段253地號等第一種商業區（特）、第三種住宅區、市場用地及停車場用地為第一種商業區（特）及第三種住宅區（特）細部計畫案";

        var finding = Assert.Single(new ConventionChecker().Check(Meetings.With("proposal-subject", subject)), d => d.RuleId == "missing-resolution");
        Assert.Contains("「變更臺北市文山區華興段一小段25…」", finding.MessageZh, System.StringComparison.Ordinal);
        Assert.DoesNotContain(subject, finding.MessageZh, System.StringComparison.Ordinal);
    }
}
