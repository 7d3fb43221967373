using System.Collections.Generic;
using Minutes.Templating.Sections;

namespace Minutes.Templating.Tests.Sections;

/// <summary>
/// One filled form per section kind (from the 2017 宜蘭縣政府 seed minutes) and the texts the
/// rendered section must contain. Shared with tests/Minutes.Addin.Tests.
/// </summary>
public static class SectionSamples
{
    /// <summary>The identifiers of every section kind, for theories.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var definition in SectionCatalog.All)
        {
            data.Add(definition.Id);
        }

        return data;
    }

    /// <summary>Field values for the section kind, with every field filled.</summary>
    public static Dictionary<string, string?> Values(string id) => id switch
    {
        SectionKinds.MeetingHeader => new()
        {
            ["title"] = "宜蘭縣政府106年度第1次兒童及少年性剝削防制督導會報會議紀錄",
            ["dateTime"] = "2017-07-18T13:30",
            ["location"] = "本府第一會議室",
            ["chair"] = "賴錫祿 秘書長",
            ["recorder"] = "鄭蕙萱",
            ["attendees"] = "詳如簽到表",
            ["observers"] = "社會處\n警察局",
        },
        SectionKinds.Report => new()
        {
            ["number"] = "2",
            ["title"] = "警察局業務報告",
            ["content"] = "建議警察局提供更深入資料，暸解預防犯罪的熱點在哪邊，以利防制業務執行。(黃淑鈴委員)",
            ["decision"] = "准予備查。",
        },
        SectionKinds.Suggestion => new()
        {
            ["number"] = "4",
            ["content"] = "預防的業務需要整合，二級預防的高風險群體預防也很重要。",
            ["member"] = "張松年 委員",
            ["response"] = "網路安全與府內單位都有相關。",
            ["instruction"] = "網路防制業務，納入秘書處新聞科與會。",
        },
        SectionKinds.Proposal => new()
        {
            ["number"] = "1",
            ["subject"] = "修正本府兒少性剝削防制工作流程案，提請討論。",
            ["unit"] = "社會處",
            ["explanation"] = "依兒童及少年性剝削防制條例第4條辦理。\n各局處業務執掌應列出 & <分工> \"明確\"。",
            ["method"] = "經討論通過後函送各局處。",
            ["resolution"] = "照案通過。",
            ["voteMethod"] = "舉手表決",
            ["votesFor"] = "10",
            ["votesAgainst"] = "2",
            ["votesAbstain"] = "1",
        },
        SectionKinds.Motion => new()
        {
            ["number"] = "3",
            ["subject"] = "教育處工作報告校園性平教育與兒少性剝削議題不同，請教育處再行思考。",
            ["proposer"] = "曾文杞 委員",
            ["unit"] = "",
            ["explanation"] = "工作策略跟方法也不同。",
            ["resolution"] = "依委員建議事項辦理。",
        },
        SectionKinds.ChairInstructions => new()
        {
            ["number"] = "9",
            ["instructions"] = "請社會處主責整合府內相關局處，擬定工作流程。\n於下次督導會報進行報告。",
        },
        SectionKinds.Adjournment => new()
        {
            ["number"] = "11",
            ["time"] = "14:30",
        },
        _ => throw new KeyNotFoundException(id),
    };

    /// <summary>Texts that the rendered sample must contain, labels and formatted values included.</summary>
    public static IReadOnlyList<string> ExpectedTexts(string id) => id switch
    {
        SectionKinds.MeetingHeader =>
        [
            "宜蘭縣政府106年度第1次兒童及少年性剝削防制督導會報會議紀錄", "時間：106年7月18日（星期二）下午1時30分",
            "地點：本府第一會議室", "主席：賴秘書長錫祿", "紀錄：鄭蕙萱", "出席：詳如簽到表", "列席：社會處、警察局",
        ],
        SectionKinds.Report =>
        [
            "二、警察局業務報告：", "建議警察局提供更深入資料，暸解預防犯罪的熱點在哪邊，以利防制業務執行。(黃淑鈴委員)", "決定：准予備查。",
        ],
        SectionKinds.Suggestion =>
        [
            "（四）預防的業務需要整合，二級預防的高風險群體預防也很重要。（張松年委員）",
            "回應：網路安全與府內單位都有相關。", "主席裁示：網路防制業務，納入秘書處新聞科與會。",
        ],
        SectionKinds.Proposal =>
        [
            "提案一", "案由：修正本府兒少性剝削防制工作流程案，提請討論。", "提案單位：社會處", "說明：",
            "一、依兒童及少年性剝削防制條例第4條辦理。", "二、各局處業務執掌應列出 & <分工> \"明確\"。",
            "辦法：經討論通過後函送各局處。", "決議：照案通過。", "表決結果：舉手表決，贊成10票，反對2票，棄權1票。",
        ],
        SectionKinds.Motion =>
        [
            "案由三：", "曾委員文杞提案", "教育處工作報告校園性平教育與兒少性剝削議題不同，請教育處再行思考。",
            "說明：工作策略跟方法也不同。", "決議：依委員建議事項辦理。",
        ],
        SectionKinds.ChairInstructions =>
        [
            "玖、主席裁示：", "一、請社會處主責整合府內相關局處，擬定工作流程。", "二、於下次督導會報進行報告。",
        ],
        SectionKinds.Adjournment => ["拾壹、散會：下午2時30分。"],
        _ => throw new KeyNotFoundException(id),
    };
}
