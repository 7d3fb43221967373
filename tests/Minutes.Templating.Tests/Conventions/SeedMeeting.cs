using System;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Conventions;

/// <summary>
/// The seed minutes (宜蘭縣政府, 106年7月18日) as a model: the seed's texts without the numbers
/// and attributions the template writes, its older 記錄 label and half-width brackets.
/// </summary>
internal static class SeedMeeting
{
    public static Meeting Build()
    {
        static Person Member(string name) => new() { Name = name, Title = "委員" };
        static Report Brief(string unit) => new() { Unit = unit, Decision = "准予備查。" };

        return new Meeting
        {
            Agency = "宜蘭縣政府",
            Name = "兒童及少年性剝削防制督導會報",
            Session = "106年度第1次",
            Date = new DateTime(2017, 7, 18, 0, 0, 0, DateTimeKind.Unspecified),
            Start = new TimeSpan(13, 30, 0),
            End = new TimeSpan(14, 30, 0),
            Location = "本府第一會議室",
            Chair = new Person { Name = "賴錫祿", Title = "秘書長" },
            Recorder = new Person { Name = "鄭蕙萱" },
            Attendance = new Attendance { Note = "詳如簽到表" },
            Style = new DocumentStyle { RecorderLabel = "記錄", HalfWidthBrackets = true },
            Sections = ValueList.Of<Section>(
                new FollowUpSection { Title = "確認上次會議主席裁示辦理情形", Text = "無提案討論及列管事項。" },
                new ReportsSection
                {
                    Title = "各局處業務報告",
                    Intro = "有關委員建議事項，請相關權責單位納入業務規劃推動之參考，摘述如下：",
                    Items = ValueList.Of(
                        new Report
                        {
                            Unit = "社會處",
                            Suggestions = ValueList.Of(
                                new Suggestion { Text = "建議可針對兒少好發年齡或地點等資訊進行分析及風險預測。", By = Member("黃淑鈴") },
                                new Suggestion
                                {
                                    Text = "宣導工作建議是否能夠統合，讓宣導內容更扎實，避免學生或各局處疲於奔命，減少工作負荷，以其他防制工作為重。",
                                    By = Member("曾文杞"),
                                    Response = "目前各局處關於兒少性剝削防制宣導應該是整合其他業務執行辦理。",
                                },
                                new Suggestion
                                {
                                    Text = "目前尚未針對性剝削議題做分流，具體措施多單一性，建議分流去規劃業務內容，且性剝削行為人犯罪態樣多元，建議相關資訊可以共享，方案先有共識再執行策略。",
                                    By = Member("張素雲"),
                                    Response = "本處針對兒少性剝削防制政策上及整合推展目標跟方向應該做釐清，並做清楚的整合，讓性剝削防制議題對應到目標，感謝委員的指教。",
                                },
                                new Suggestion
                                {
                                    Text = "預防的業務需要整合，二級預防的高風險群體預防也很重要。另外，網路案件很不易發現，新資訊透過網路取得太容易，建議規劃讓學生知道使用網路的風險。",
                                    By = Member("張松年"),
                                    Response = "網路安全與府內單位都有相關，依兒少權益保障法對於相關媒體之運用中央主政在 NCC，地方上應該比較接軌在秘書處新聞科。",
                                    Ruling = "網路防制業務，納入秘書處新聞科與會。",
                                },
                                new Suggestion
                                {
                                    Text = "兒少性剝削案件在實務上不是很好處理的案件，案件私密性很高，請各局處處理相關業務有接獲該類訊息疑似未成年少女性剝削案件，盡速與警察機關聯繫，背後可能有集團操控，必須將幕後找出來，每個單位要統合起來，有相關訊息通報警察機關。",
                                    By = Member("沈念祖"),
                                },
                                new Suggestion
                                {
                                    Text = "建議擬定工作流程，執掌跟工作內容列出，讓委員清楚與哪些局科室諮詢討論，建議各局處可與主任檢察官請益，分析案件發生地點，事實發生地點可列入 107 年場域宣導。",
                                    By = Member("黃淑鈴"),
                                }),
                            Decision = "准予備查，餘依主席裁示辦理。",
                        },
                        new Report
                        {
                            Unit = "警察局",
                            Suggestions = ValueList.Of(new Suggestion
                            {
                                Text = "建議警察局提供更深入資料，暸解預防犯罪的熱點在哪邊，以利防制業務執行。",
                                By = Member("黃淑鈴"),
                            }),
                            Decision = "准予備查。",
                        },
                        Brief("衛生局"),
                        Brief("文化局"),
                        Brief("教育處"),
                        Brief("工商旅遊處"),
                        Brief("勞工處"),
                        Brief("地檢署")),
                },
                new AnnouncementsSection
                {
                    Items = ValueList.Of(
                        new OutlineItem { Text = "兒童及少年性剝削防制條例（以下稱本條例）於 104 年 2 月 4 日修正，自 106 年 1 月 1 日正式實施，重申本條例第 7 條、第 46 條規定（略以）已對相關網絡單位規範通報義務及違反通報義務之罰鍰，爰請各單位遵守通報義務，該通報表亦建置於衛生福利部關懷 e 起來(網址：http：//ecare.mohw.gov.tw/)通報平台，請相關網絡單位善加運用進行通報。" },
                        new OutlineItem { Text = "依本條例第 15 條規定，本處接獲警政單位查獲及救援被害人後，應即評估被害人是否進入安置，請警政單位提供獨立空間與時間予社工人員跟案主進行會談評估。" },
                        new OutlineItem { Text = "隨著網路資訊傳播快速，越來越多性剝削事件透過網路或在網路上發生本處亦接獲兒少自拍私密照並遭散佈之案件，請教育單位依兒童及少年性剝削防制條例第 4 條之規定，列高中以下學校每學年應辦理兒少性剝削防制教育課程或宣導，宣導內容應包括網路安全及正確使用網路的知識，本處亦印製兒少性剝削防治宣導海報可供學校張貼宣導。" }),
                },
                new ProposalsSection { Title = "提案討論" },
                new InstructionsSection
                {
                    Text = "為推行兒少性剝削防制業務，請社會處主責整合府內相關局處，擬定工作流程，釐清各單位業務執掌及工作分工，策略或行動方案於業務內整合，列入提案列管，並於下次督導會報前召開工作小組會議，於下次督導會報進行報告。",
                },
                new MotionsSection
                {
                    Items = ValueList.Of(
                        new Motion
                        {
                            Subject = "警察局及文化局業務規劃應辦理而未辦理部分需要加強；有關各局處業務聯繫部分：社會處辦理性剝削行為人輔導教育建議分析相關資訊，例如：發生時間、地點及發生情形等，可供其他局處做為參考，進行業務統合。",
                            Proposer = Member("曾文杞"),
                            Resolution = "依委員建議事項辦理。",
                        },
                        new Motion
                        {
                            Subject = "教育處工作報告校園性平教育與兒少性剝削議題不同，工作策略跟方法也不同，請教育處再行思考。",
                            Proposer = Member("張松年"),
                            Resolution = "依委員建議事項辦理。",
                        }),
                }),
        };
    }
}
