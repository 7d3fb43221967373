using System.Collections.Generic;
using Minutes.Templating.Sections;

namespace Minutes.Templating.Tests.Sections;

/// <summary>
/// One filled form per section kind, each the same data as a part of <see cref="Meeting"/> (from
/// templates/examples/zhudong-2025.yaml, shortened), and the texts the rendered section must contain. Shared
/// with tests/Minutes.Addin.Tests.
/// </summary>
public static class SectionSamples
{
    /// <summary>A whole meeting holding every sample at the position its <c>number</c> gives.</summary>
    public const string Meeting = """
        agency: 新竹縣竹東鎮公所
        name: 公共設施維護管理委員會
        session: 114年度第1次
        date: 114年3月12日
        start: "09:30"
        end: "11:40"
        location: 本所3樓第一會議室
        chair: { name: 劉建宏, title: 鎮長 }
        recorder: { name: 彭郁婷, title: 技士 }
        attendance:
          note: 詳如簽到表
        sections:
          - kind: remarks
            text: 感謝各位委員及各單位同仁出席。
          - kind: reports
            title: 業務報告
            items:
              - unit: 民政課
                decision: 洽悉。
              - unit: 建設課
                content:
                  - 113年度公園維護案已完成結算，全年共處理民眾陳情案件86件。
                  - 114年度路燈維護開口契約已於2月10日決標。
                decision: 洽悉。
              - unit: 清潔隊
                suggestions:
                  - text: 建議於路燈故障通報平台增列照片上傳功能。
                    by: { name: 曾秀蓮, title: 委員 }
                  - text: 公園垃圾桶於假日滿溢情形嚴重，建議假日加派清運班次。
                    by: { name: 温國樑, title: 委員 }
                    response: 自3月起假日增派清運車1輛。
                    ruling: 請清潔隊於下次會議報告執行成效。
                decision: 洽悉。
          - kind: proposals
            title: 提案討論
            items:
              - subject: 竹東公園停車場收費時段調整案，提請討論。
                unit: 財政課
              - subject: 中正路人行道改善工程經費不足，擬動支第二預備金，提請討論。
                unit: 建設課
                explanation:
                  - 本工程原編列預算新臺幣850萬元，工程經費需新臺幣1,020萬元。
                  - 不足經費新臺幣170萬元 & <擬> "動支" 第二預備金。
                method: [經本會同意後，簽請鎮長核定動支第二預備金。]
                resolution: 照案通過。
                riderResolution: 請建設課於工程完工後提出執行報告。
                votes: { method: 舉手表決, for: 9, against: 1, abstain: 1 }
          - kind: instructions
            items:
              - 各單位辦理工程及採購案，應依進度執行。
              - 請建設課及清潔隊加強巡查，發現損壞即時修復。
          - kind: motions
            items:
              - subject: 請建設課評估於北興國小周邊增設行人號誌。
                proposer: { name: 曾秀蓮, title: 委員 }
                seconders: [{ name: 温國樑, title: 委員 }]
                explanation: [北興國小周邊道路狹窄，上下學時段人車爭道情形嚴重。]
                resolution: 請建設課會同竹東分局現場會勘。
        """;

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

    /// <summary>Field values for the section kind: the same data as its place in <see cref="Meeting"/>.</summary>
    public static Dictionary<string, string?> Values(string id) => id switch
    {
        SectionKinds.MeetingHeader => new()
        {
            ["agency"] = "新竹縣竹東鎮公所",
            ["name"] = "公共設施維護管理委員會",
            ["session"] = "114年度第1次",
            ["date"] = "114年3月12日",
            ["start"] = "09:30",
            ["location"] = "本所3樓第一會議室",
            ["chair"] = "劉建宏 鎮長",
            ["recorder"] = "彭郁婷 技士",
            ["attendance.note"] = "詳如簽到表",
        },
        SectionKinds.Report => new()
        {
            ["number"] = "2",
            ["unit"] = "建設課",
            ["content"] = "113年度公園維護案已完成結算，全年共處理民眾陳情案件86件。\r\n114年度路燈維護開口契約已於2月10日決標。",
            ["decision"] = "洽悉。",
        },
        SectionKinds.Suggestion => new()
        {
            ["number"] = "2",
            ["text"] = "公園垃圾桶於假日滿溢情形嚴重，建議假日加派清運班次。",
            ["by"] = "温國樑 委員",
            ["response"] = "自3月起假日增派清運車1輛。",
            ["ruling"] = "請清潔隊於下次會議報告執行成效。",
        },
        SectionKinds.Proposal => new()
        {
            ["number"] = "2",
            ["subject"] = "中正路人行道改善工程經費不足，擬動支第二預備金，提請討論。",
            ["unit"] = "建設課",
            ["explanation"] = "本工程原編列預算新臺幣850萬元，工程經費需新臺幣1,020萬元。\n不足經費新臺幣170萬元 & <擬> \"動支\" 第二預備金。",
            ["method"] = "經本會同意後，簽請鎮長核定動支第二預備金。",
            ["resolution"] = "照案通過。",
            ["riderResolution"] = "請建設課於工程完工後提出執行報告。",
            ["votes.method"] = "舉手表決",
            ["votes.for"] = "9",
            ["votes.against"] = "1",
            ["votes.abstain"] = "1",
        },
        SectionKinds.Motion => new()
        {
            ["number"] = "1",
            ["subject"] = "請建設課評估於北興國小周邊增設行人號誌。",
            ["proposer"] = "曾秀蓮 委員",
            ["seconders"] = "温國樑 委員",
            ["unit"] = "",
            ["explanation"] = "北興國小周邊道路狹窄，上下學時段人車爭道情形嚴重。",
            ["resolution"] = "請建設課會同竹東分局現場會勘。",
        },
        SectionKinds.ChairInstructions => new()
        {
            ["number"] = "4",
            ["items"] = "各單位辦理工程及採購案，應依進度執行。\n請建設課及清潔隊加強巡查，發現損壞即時修復。",
        },
        SectionKinds.Adjournment => new()
        {
            ["number"] = "6",
            ["end"] = "11:40",
        },
        _ => throw new KeyNotFoundException(id),
    };

    /// <summary>Texts that the rendered sample must contain, labels and formatted values included.</summary>
    public static IReadOnlyList<string> ExpectedTexts(string id) => id switch
    {
        SectionKinds.MeetingHeader =>
        [
            "新竹縣竹東鎮公所", "114年度第1次公共設施維護管理委員會會議紀錄", "時間：114年3月12日", "上午9時30分",
            "地點：本所3樓第一會議室", "主席：劉鎮長建宏", "紀錄：彭郁婷", "出席：詳如簽到表",
        ],
        SectionKinds.Report =>
        [
            "二、建設課業務報告：", "113年度公園維護案已完成結算，全年共處理民眾陳情案件86件。", "決定：洽悉。",
        ],
        SectionKinds.Suggestion =>
        [
            "公園垃圾桶於假日滿溢情形嚴重，建議假日加派清運班次。（温國樑委員）",
            "回應：自3月起假日增派清運車1輛。", "主席裁示：請清潔隊於下次會議報告執行成效。",
        ],
        SectionKinds.Proposal =>
        [
            "第二案", "提案單位：建設課", "案由：中正路人行道改善工程經費不足，擬動支第二預備金，提請討論。", "說明：",
            "不足經費新臺幣170萬元 & <擬> \"動支\" 第二預備金。",
            "辦法：經本會同意後，簽請鎮長核定動支第二預備金。", "決議：照案通過。", "附帶決議：請建設課於工程完工後提出執行報告。", "表決結果：舉手表決，贊成9票，反對1票，棄權1票。",
        ],
        SectionKinds.Motion =>
        [
            "案由一：", "曾委員秀蓮提案", "請建設課評估於北興國小周邊增設行人號誌。", "附議人：温委員國樑",
            "說明：北興國小周邊道路狹窄，上下學時段人車爭道情形嚴重。", "決議：請建設課會同竹東分局現場會勘。",
        ],
        SectionKinds.ChairInstructions =>
        [
            "肆、主席裁示：", "各單位辦理工程及採購案，應依進度執行。", "請建設課及清潔隊加強巡查，發現損壞即時修復。",
        ],
        SectionKinds.Adjournment => ["陸、散會：上午11時40分。"],
        _ => throw new KeyNotFoundException(id),
    };
}
