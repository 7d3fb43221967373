using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Minutes.Templating.Tests.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Addin.Tests;

/// <summary>
/// Loads the task pane from the running service in Debian's Chromium (Playwright from npm, no
/// browser download) at Word's task pane size with the strict Office.js stand-in, and checks what
/// reached Word. The Node script addin/taskpane/test/browser-test.mjs drives the page; these
/// tests assert on its report.
/// </summary>
public class TaskPaneBrowserTests(TaskPaneBrowserTests.Run run) : IClassFixture<TaskPaneBrowserTests.Run>
{
    /// <summary>
    /// Where the screenshots go: the temporary folder (minutes-screenshots), so a test run leaves
    /// the tracked files as they were; docs/images (the README's pictures) only when
    /// MINUTES_UPDATE_SCREENSHOTS=1 asks for it.
    /// </summary>
    private static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("MINUTES_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", "images")
            : Path.Combine(Path.GetTempPath(), "minutes-screenshots");

    private static readonly string[] Screenshots = ["taskpane.png", "taskpane-check.png", "taskpane-offline.png"];

    /// <summary>The service and one run of the browser script, shared by the tests of this class.</summary>
    public sealed class Run : ServiceHost
    {
        public JsonElement Report { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Directory.CreateDirectory(ScreenshotFolder);
            foreach (var name in Screenshots)
            {
                File.Delete(Path.Combine(ScreenshotFolder, name));
            }

            Report = await NodeScript.RunAsync("browser-test.mjs",
                BaseAddress.ToString().TrimEnd('/'), ScreenshotFolder, Path.Combine(RepositoryPaths.Root, "templates", "examples", "yilan-2017.yaml"));
        }
    }

    private JsonElement Report => run.Report;

    [Fact]
    public async Task Every_section_kind_is_inserted_at_each_location_with_the_services_ooxml()
    {
        var sections = (await run.Client.GetFromJsonAsync<JsonElement>("/api/sections")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var inserts = Report.GetProperty("inserts").EnumerateArray().ToList();
        Assert.Equal(sections.SelectMany(id => new[] { (id, (string?)"Replace"), (id, (string?)"After") }),
            inserts.Select(i => (i.GetProperty("section").GetString(), i.GetProperty("location").GetString())));
        Assert.All(inserts, insert =>
        {
            Assert.Equal(JsonValueKind.Null, insert.GetProperty("error").ValueKind);
            Assert.StartsWith("已插入「", insert.GetProperty("status").GetString(), StringComparison.Ordinal);
            Assert.Empty(insert.GetProperty("fieldsLeftFilled").EnumerateArray());
        });

        var calls = Report.GetProperty("insertCalls").EnumerateArray().ToList();
        var requests = Report.GetProperty("insertRequests").EnumerateArray().ToList();
        Assert.Equal(inserts.Count, calls.Count);
        Assert.Equal(inserts.Count, requests.Count);
        for (var i = 0; i < calls.Count; i++)
        {
            Assert.Equal("insertOoxml", calls[i].GetProperty("method").GetString());
            Assert.Equal(inserts[i].GetProperty("location").GetString(), calls[i].GetProperty("location").GetString());
            var answer = await run.Client.PostAsync(requests[i].GetProperty("url").GetString(),
                new StringContent(requests[i].GetProperty("body").GetString()!, Encoding.UTF8, "application/json"));
            var expected = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString();
            Assert.Equal(expected, calls[i].GetProperty("ooxml").GetString());
        }

        // The meeting header's 地點 reached the document as text, not as the insert location; its date was typed in 民國 years.
        var header = Docx.FromFlatOpc(calls[0].GetProperty("ooxml").GetString()!).ParagraphTexts;
        Assert.Contains("地點：本府第一會議室", header);
        Assert.Contains(header, line => line.StartsWith("時間：中華民國115年3月5日", StringComparison.Ordinal) || line.StartsWith("時間：115年3月5日", StringComparison.Ordinal));
        Assert.Empty(Report.GetProperty("rejectedAfterInserts").EnumerateArray());
        Assert.Empty(Report.GetProperty("insertConsoleErrors").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(ScreenshotFolder, "taskpane.png")));
    }

    [Fact]
    public void The_manifest_requires_every_Word_API_set_the_pane_used()
    {
        // Each member the pane touched, with its requirement set from @types/office-js; load() and a
        // collection's items belong to every set and name none.
        var used = Report.GetProperty("apiUsed").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Contains("Paragraph.search", used.Keys);
        Assert.Contains("Range.insertOoxml", used.Keys);
        Assert.All(used.Where(m => m.Value is null), member => Assert.Matches(@"\.(load|items)$", member.Key));
        used = used.Where(m => m.Value is not null).ToDictionary();
        Assert.All(used, member => Assert.Matches(@"^WordApi \d+\.\d+$", member.Value));
        var needed = used.Values.Select(v => Version.Parse(v!["WordApi ".Length..])).Max()!;
        var manifest = System.Xml.Linq.XDocument.Load(RepositoryPaths.Manifest);
        var set = manifest.Descendants().Single(e => e.Name.LocalName == "Set" && (string?)e.Attribute("Name") == "WordApi");
        Assert.True(Version.Parse((string)set.Attribute("MinVersion")!) >= needed, $"the pane uses WordApi {needed}; the manifest asks for {(string?)set.Attribute("MinVersion")}");
    }

    [Fact]
    public void Keyboard_alone_inserts_and_the_status_is_read_out()
    {
        var keyboard = Report.GetProperty("keyboard");
        Assert.Equal("field-number", keyboard.GetProperty("firstTab").GetString());
        // The form follows the model: 標題 (an own heading, left blank here), then 段落文字.
        Assert.Equal("field-title", keyboard.GetProperty("secondTab").GetString());
        Assert.Equal("field-text", keyboard.GetProperty("thirdTab").GetString());
        // The heading number continues after the 參、 just inserted.
        Assert.Equal("4", keyboard.GetProperty("suggestedAfterInsert").GetString());
        Assert.Equal(["參、主席裁示：請社會處主責整合府內相關局處。", "肆、散會：下午2時30分。"], keyboard.GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(("status", "polite", "alert"), (keyboard.GetProperty("statusRole").GetString(), keyboard.GetProperty("statusLive").GetString(), keyboard.GetProperty("errorRole").GetString()));
    }

    [Fact]
    public void Number_suggestions_skip_the_lists_under_explanations_and_chair_instructions()
    {
        Assert.Equal("3", Report.GetProperty("suggestedReportNumber").GetString());
        Assert.Equal("3", Report.GetProperty("suggestedHeadingNumber").GetString());
    }

    [Fact]
    public void A_date_that_does_not_exist_is_marked_beside_its_field_and_cleared_by_another_form()
    {
        var badDate = Report.GetProperty("badDate");
        Assert.Contains("106年7月18日", Report.GetProperty("dateHint").GetString(), StringComparison.Ordinal);
        Assert.Contains("「115年2月30日」不是有效的日期", badDate.GetProperty("alert").GetString(), StringComparison.Ordinal);
        Assert.Equal("true", badDate.GetProperty("invalid").GetString());
        Assert.Equal("field-date", badDate.GetProperty("focus").GetString());
        Assert.Equal(0, badDate.GetProperty("calls").GetInt32());
        Assert.False(badDate.GetProperty("errorAfterOtherForm").GetBoolean());
    }

    [Fact]
    public void A_chair_written_name_then_title_is_flagged_and_the_fix_gives_the_official_form()
    {
        var chair = Report.GetProperty("chair");
        Assert.Contains("「蔣萬安市長」分不出職稱", chair.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("蔣市長萬安", chair.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("true", chair.GetProperty("invalid").GetString());
        Assert.Equal("改為「蔣萬安 市長」", chair.GetProperty("fixLabel").GetString());
        Assert.Equal(0, chair.GetProperty("callsWhileFlagged").GetInt32());
        Assert.Equal("蔣萬安 市長", chair.GetProperty("valueAfterFix").GetString());
        Assert.Contains("主席：蔣市長萬安", Docx.FromFlatOpc(chair.GetProperty("inserted").GetString()!).ParagraphTexts);
    }

    [Fact]
    public void Checking_a_200_paragraph_document_lists_findings_by_paragraph_selects_and_fixes()
    {
        var check = Report.GetProperty("check");
        Assert.Equal([3, 36, 120, 187], check.GetProperty("paragraphsListed").EnumerateArray().Select(p => p.GetInt32()));
        Assert.StartsWith("已檢查 200 段", check.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), f => f.GetString()!.Contains("「蔣萬安市長」應寫成「蔣市長萬安」", StringComparison.Ordinal));
        var selected = check.GetProperty("selected");
        Assert.Equal("准予备查.社會處,警察局配合辦理", selected.GetProperty("text").GetString());

        var fix = check.GetProperty("fix");
        Assert.Equal("准予备查.社會處,警察局配合辦理", fix.GetProperty("before").GetString());
        Assert.DoesNotContain(',', fix.GetProperty("after").GetString()!);
        Assert.DoesNotContain('.', fix.GetProperty("after").GetString()!);
        Assert.Equal(200, fix.GetProperty("paragraphCount").GetInt32());
        // Only the differing part was replaced, through a search in that paragraph.
        var insert = Assert.Single(fix.GetProperty("calls").EnumerateArray());
        Assert.Equal(("insertText", "Replace", 36), (insert.GetProperty("method").GetString(), insert.GetProperty("location").GetString(), insert.GetProperty("paragraph").GetInt32()));
        Assert.True(insert.GetProperty("text").GetString()!.Length < fix.GetProperty("after").GetString()!.Length);
        Assert.StartsWith("已修正第 37 段。", fix.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Empty(check.GetProperty("rejected").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(ScreenshotFolder, "taskpane-check.png")));
    }

    [Fact]
    public void A_meeting_file_gives_located_errors_and_asks_before_replacing_the_document()
    {
        Assert.Equal(["會議紀錄", "開會通知單", "簽到表"], Report.GetProperty("templateNames").EnumerateArray().Select(t => t.GetString()));
        Assert.Matches("第 \\d+ 行第 \\d+ 字", Report.GetProperty("badMeeting").GetString());
        Assert.StartsWith("「舊檔.yaml」不是 UTF-8 編碼（可能是 Big5）", Report.GetProperty("big5Meeting").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 段內容", Report.GetProperty("confirmText").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Report.GetProperty("callsBeforeConfirm").GetInt32());
        Assert.Contains("文件未變更", Report.GetProperty("cancelStatus").GetString(), StringComparison.Ordinal);
        var call = Report.GetProperty("documentCall");
        Assert.Equal(("insertFileFromBase64", "Replace"), (call.GetProperty("method").GetString(), call.GetProperty("location").GetString()));
        Assert.True(call.GetProperty("base64Length").GetInt32() > 1000);
        Assert.StartsWith("已產生會議紀錄", Report.GetProperty("documentStatus").GetString(), StringComparison.Ordinal);
        Assert.Empty(Report.GetProperty("documentRejected").EnumerateArray());
    }

    [Fact]
    public void Failure_states_say_what_is_wrong_and_offer_a_retry()
    {
        var down = Report.GetProperty("serviceDown");
        Assert.Equal("failed", down.GetProperty("ready").GetString());
        Assert.Contains("無法連線到會議紀錄服務", down.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(down.GetProperty("appVisible").GetBoolean());
        Assert.True(down.GetProperty("retryVisible").GetBoolean());
        Assert.True(down.GetProperty("afterRetry").GetProperty("appVisible").GetBoolean());
        Assert.Equal(7, down.GetProperty("afterRetry").GetProperty("sections").GetInt32());

        Assert.Contains("無法連線到會議紀錄服務", Report.GetProperty("serviceLost").GetString(), StringComparison.Ordinal);

        var blocked = Report.GetProperty("officeBlocked");
        Assert.Equal("failed", blocked.GetProperty("ready").GetString());
        Assert.Contains("Office.js", blocked.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(blocked.GetProperty("retryVisible").GetBoolean());
        Assert.True(File.Exists(Path.Combine(ScreenshotFolder, "taskpane-offline.png")));
    }
}
