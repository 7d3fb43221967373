using System;
using System.Collections.Generic;
using System.Linq;

namespace Minutes.Templating.Sections;

/// <summary>The insertable section kinds and their fields.</summary>
public static class SectionCatalog
{
    private static SectionField Number(string label, bool required, string hint) =>
        new("number", label, SectionFieldKind.Number, required, hint) { Minimum = 1, Maximum = 99 };

    private static SectionField VoteCount(string id, string label, string hint) =>
        new(id, label, SectionFieldKind.Number, false, hint) { Minimum = 0, Maximum = 9999 };

    /// <summary>Every insertable section kind, in the order a meeting uses them.</summary>
    public static IReadOnlyList<SectionDefinition> All { get; } =
    [
        new(SectionKinds.MeetingHeader, "會議抬頭", SectionNumbering.None,
        [
            new("title", "會議名稱", SectionFieldKind.Text, true, "例：宜蘭縣政府106年度第1次兒童及少年性剝削防制督導會報會議紀錄"),
            new("dateTime", "時間", SectionFieldKind.DateTime, true, "例：2017-07-18T13:30"),
            new("location", "地點", SectionFieldKind.Text, true, "例：本府第一會議室"),
            new("chair", "主席", SectionFieldKind.Person, true, "例：賴錫祿 秘書長（全名、空格、職稱）"),
            new("recorder", "紀錄", SectionFieldKind.Text, false, "例：鄭蕙萱"),
            new("attendees", "出席", SectionFieldKind.Multiline, false, "例：詳如簽到表"),
            new("observers", "列席", SectionFieldKind.Multiline, false, "每行一個單位或人員，以「、」連接"),
        ]),
        new(SectionKinds.Report, "報告事項", SectionNumbering.Outline,
        [
            Number("項次", true, "1 → 一、，2 → 二、"),
            new("title", "報告主題", SectionFieldKind.Text, true, "例：社會處業務報告"),
            new("content", "報告內容", SectionFieldKind.Multiline, false, "每行一段"),
            new("decision", "決定", SectionFieldKind.Multiline, true, "例：准予備查。"),
        ]),
        new(SectionKinds.Suggestion, "委員建議", SectionNumbering.Parenthesized,
        [
            Number("項次", true, "1 → （一）"),
            new("content", "建議內容", SectionFieldKind.Multiline, true, "例：建議可針對兒少好發年齡或地點等資訊進行分析及風險預測。"),
            new("member", "建議委員", SectionFieldKind.Person, false, "例：黃淑鈴 委員（全名、空格、職稱）"),
            new("response", "回應", SectionFieldKind.Multiline, false, "例：本處將納入業務規劃。"),
            new("instruction", "主席裁示", SectionFieldKind.Multiline, false, "例：請社會處主責整合。"),
        ]),
        new(SectionKinds.Proposal, "提案討論", SectionNumbering.Proposal,
        [
            Number("提案序號", true, "1 → 提案一"),
            new("subject", "案由", SectionFieldKind.Multiline, true, "例：修正本府會議規則案，提請討論。"),
            new("unit", "提案單位", SectionFieldKind.Text, false, "例：社會處"),
            new("explanation", "說明", SectionFieldKind.Multiline, false, "每行一點，自動編為一、二、"),
            new("method", "辦法", SectionFieldKind.Multiline, false, "每行一點，自動編為一、二、"),
            new("resolution", "決議", SectionFieldKind.Multiline, true, "例：照案通過。"),
            new("voteMethod", "表決方式", SectionFieldKind.Text, false, "例：舉手表決"),
            VoteCount("votesFor", "贊成票數", "例：10"),
            VoteCount("votesAgainst", "反對票數", "例：2"),
            VoteCount("votesAbstain", "棄權票數", "例：1"),
        ]),
        new(SectionKinds.Motion, "臨時動議", SectionNumbering.Motion,
        [
            Number("案由序號", true, "3 → 案由三"),
            new("subject", "案由", SectionFieldKind.Multiline, true, "例：警察局及文化局業務規劃應辦理而未辦理部分需要加強。"),
            new("proposer", "提案人", SectionFieldKind.Person, false, "例：曾文杞 委員（全名、空格、職稱）"),
            new("unit", "提案單位", SectionFieldKind.Text, false, "無提案人時填寫，例：社會處"),
            new("explanation", "說明", SectionFieldKind.Multiline, false, "每行一點，自動編為一、二、"),
            new("resolution", "決議", SectionFieldKind.Multiline, true, "例：依委員建議事項辦理。"),
        ]),
        new(SectionKinds.ChairInstructions, "主席裁示", SectionNumbering.Heading,
        [
            Number("大項序號", false, "9 → 玖、（不填則不加序號）"),
            new("instructions", "裁示內容", SectionFieldKind.Multiline, true, "每行一點；多於一行時編為一、二、"),
        ]),
        new(SectionKinds.Adjournment, "散會", SectionNumbering.Heading,
        [
            Number("大項序號", false, "11 → 拾壹、（不填則不加序號）"),
            new("time", "散會時間", SectionFieldKind.Time, true, "例：14:30"),
        ]),
    ];

    /// <summary>Finds a section kind by its identifier (ordinal, case-sensitive).</summary>
    /// <param name="id">The identifier, such as <c>motion</c>.</param>
    /// <returns>The definition, or <see langword="null"/> when no section kind has that identifier.</returns>
    public static SectionDefinition? Find(string id) =>
        All.FirstOrDefault(definition => string.Equals(definition.Id, id, StringComparison.Ordinal));
}
