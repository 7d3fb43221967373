using System.Linq;
using Minutes.Templating.Model;

namespace Minutes.Cli;

/// <summary>
/// Makes a long meeting for measuring: a given meeting whose reports become <c>n</c> reports of
/// six suggestions each, in the wording of real county minutes. Shared (as a linked source
/// file) by <c>minutes bench --reports</c> and the benchmark project.
/// </summary>
internal static class MeetingGenerator
{
    /// <summary>The suggestions each generated report holds.</summary>
    public const int SuggestionsPerReport = 6;

    private static readonly string[] Units =
    {
        "社會處", "警察局", "衛生局", "文化局", "教育處", "工商旅遊處", "勞工處", "民政處",
        "建設處", "農業處", "環境保護局", "消防局", "財政處", "計畫處", "交通處", "地政處",
    };

    private static readonly string[] Members = { "黃淑鈴", "曾文杞", "張素雲", "張松年", "沈念祖", "林美惠", "陳建宏", "王俊傑" };

    private static readonly string[] Texts =
    {
        "建議可針對兒少好發年齡或地點等資訊進行分析及風險預測，並於下次會議提出具體數據。",
        "宣導工作建議是否能夠統合，讓宣導內容更扎實，避免學生或各局處疲於奔命，減少工作負荷，以其他防制工作為重。",
        "目前尚未針對議題做分流，具體措施多單一性，建議分流去規劃業務內容，且相關資訊可以共享，方案先有共識再執行策略。",
        "預防的業務需要整合，二級預防的高風險群體預防也很重要；另外，網路案件很不易發現，建議規劃讓學生知道使用網路的風險。",
        "案件在實務上不是很好處理，私密性很高，請各局處接獲相關訊息時盡速與警察機關聯繫，每個單位要統合起來。",
        "建議擬定工作流程，將執掌跟工作內容列出，讓委員清楚與哪些局科室諮詢討論，並分析案件發生地點列入明年度場域宣導。",
    };

    private static readonly string[] Responses =
    {
        "目前各局處關於防制宣導已整合其他業務執行辦理，將持續檢討改進。",
        "本處將釐清政策上及整合推展之目標跟方向，並做清楚的整合，感謝委員的指教。",
        "遵照辦理，將於下次會議提出書面資料供委員參考。",
    };

    private static readonly string[] Rulings =
    {
        "請相關局處納入業務規劃推動之參考。",
        "請社會處主責整合，於下次會議報告辦理情形。",
    };

    /// <summary>
    /// <paramref name="meeting"/> with its reports replaced by <paramref name="reports"/> generated
    /// reports (a reports section is added when it has none); everything else stays as given.
    /// </summary>
    public static Meeting WithReports(Meeting meeting, int reports)
    {
        var items = Enumerable.Range(0, reports).Select(Report).ToArray();
        var sections = meeting.Sections.ToList();
        var index = sections.FindIndex(s => s is ReportsSection);
        if (index < 0)
        {
            sections.Insert(0, new ReportsSection { Items = items });
        }
        else
        {
            sections[index] = (ReportsSection)sections[index] with { Items = items };
        }

        return meeting with { Sections = sections.ToArray() };
    }

    private static Report Report(int index) => new()
    {
        Unit = Units[index % Units.Length],
        Suggestions = Enumerable.Range(0, SuggestionsPerReport).Select(s => Suggestion(index * SuggestionsPerReport + s)).ToArray(),
        Decision = ValueList.Of(new OutlineItem { Text = index % 3 == 0 ? "准予備查，餘依主席裁示辦理。" : "准予備查。" }),
    };

    private static Suggestion Suggestion(int index) => new()
    {
        Text = Texts[index % Texts.Length],
        By = new Person { Name = Members[index % Members.Length], Title = "委員" },
        Response = index % 2 == 0 ? ValueList.Of(new OutlineItem { Text = Responses[index % Responses.Length] }) : ValueList<OutlineItem>.Empty,
        Ruling = index % 5 == 0 ? ValueList.Of(new OutlineItem { Text = Rulings[index % Rulings.Length] }) : ValueList<OutlineItem>.Empty,
    };
}
