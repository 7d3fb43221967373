using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.Tests.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Addin.Tests;

/// <summary>
/// Loads the task pane from the running service in Debian's Chromium (Playwright from npm, no
/// browser download) with the Office.js stand-in, and checks what reached Word. The Node script
/// addin/taskpane/test/browser-test.mjs drives the page; this test asserts on its report.
/// </summary>
public class TaskPaneBrowserTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>
    /// Where the task pane's screenshot goes: the temporary folder (minutes-screenshots), so a test run
    /// leaves the tracked files as they were; docs/images/taskpane.png (the README's picture)
    /// only when MINUTES_UPDATE_SCREENSHOTS=1 asks for it.
    /// </summary>
    private static string ScreenshotPath { get; } =
        Environment.GetEnvironmentVariable("MINUTES_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "docs", "images", "taskpane.png")
            : Path.Combine(Path.GetTempPath(), "minutes-screenshots", "taskpane.png");

    [Fact]
    public async Task Clerk_fills_forms_inserts_sections_and_sees_errors_inline()
    {
        var report = await RunBrowserScriptAsync();
        var calls = report.GetProperty("calls").EnumerateArray().ToList();

        // Mouse: 案由三 continues after 案由一 and 案由二 in the document, with the service's OOXML.
        Assert.Equal("3", report.GetProperty("suggestedMotionNumber").GetString());
        var motionFields = report.GetProperty("motionFields").Deserialize<System.Collections.Generic.Dictionary<string, string>>()!;
        var expected = await service.Client.PostAsJsonAsync("/api/sections/motion/ooxml", new { fields = motionFields });
        var expectedOoxml = (await expected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString();
        Assert.Equal(("insertOoxml", "Replace"), (calls[0].GetProperty("method").GetString(), calls[0].GetProperty("location").GetString()));
        Assert.Equal(expectedOoxml, calls[0].GetProperty("ooxml").GetString());
        Assert.Equal("案由三：\t張委員松年提案", Docx.FromFlatOpc(expectedOoxml!).ParagraphTexts[0]);
        Assert.Equal("已插入「臨時動議」。", report.GetProperty("statusAfterMotion").GetString());
        Assert.Equal("4", report.GetProperty("suggestedAfterInsert").GetString());

        // Keyboard: Tab order from the section list into the form, Ctrl+Enter in a multiline field.
        Assert.Equal("field-number", report.GetProperty("focusAfterFirstTab").GetString());
        Assert.Equal("field-text", report.GetProperty("focusAfterSecondTab").GetString());
        var instructions = Docx.FromFlatOpc(calls[1].GetProperty("ooxml").GetString()!).ParagraphTexts;
        Assert.Equal("拾壹、主席裁示：" + report.GetProperty("instructionsText").GetString(), Assert.Single(instructions));

        // Keyboard: Enter in a one-line field; the heading number continues after the 拾壹、 just inserted.
        Assert.Equal("12", report.GetProperty("suggestedHeadingNumber").GetString());
        Assert.Equal(["拾貳、散會：下午2時30分。"], Docx.FromFlatOpc(calls[2].GetProperty("ooxml").GetString()!).ParagraphTexts);

        // A refused value: nothing inserted, the message in the alert and beside the field, focus on it.
        Assert.Equal(3, calls.Count);
        Assert.Contains("「106年2月30日」不是有效的日期", report.GetProperty("fieldErrorAlert").GetString(), StringComparison.Ordinal);
        Assert.Contains("(The request has invalid values)", report.GetProperty("fieldErrorAlert").GetString(), StringComparison.Ordinal);
        Assert.Equal("true", report.GetProperty("dateInvalid").GetString());
        Assert.StartsWith("「106年2月30日」", report.GetProperty("dateMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("field-date", report.GetProperty("focusAfterError").GetString());

        // The whole-document form is available: the service lists the built-in templates.
        Assert.False(report.GetProperty("documentButtonDisabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("documentNote").ValueKind);

        // The convention check lists the selection's two half-width marks.
        Assert.Equal(2, report.GetProperty("findings").GetArrayLength());

        // The only console error is the refused request's 400.
        var consoleErrors = report.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.All(consoleErrors, error => Assert.Contains("status of 400", error, StringComparison.Ordinal));
        Assert.True(File.Exists(ScreenshotPath));
    }

    private async Task<JsonElement> RunBrowserScriptAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}. {RepositoryPaths.InstallHint}");
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.TaskPane, "node_modules", "playwright-core")), "addin/taskpane/node_modules is missing. " + RepositoryPaths.InstallHint);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "taskpane.js")), "The task pane is not built. " + RepositoryPaths.InstallHint);
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        File.Delete(ScreenshotPath);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.TaskPane,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("test", "browser-test.mjs"));
        start.ArgumentList.Add(service.BaseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add(ScreenshotPath);
        start.Environment["CHROMIUM_PATH"] = ChromiumPath;

        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("node could not be started. " + RepositoryPaths.InstallHint, exception);
        }

        using (node)
        {
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("The browser test did not finish in 3 minutes: " + await errors);
            }

            var stdout = await output;
            Assert.True(node.ExitCode == 0, $"browser-test.mjs failed ({node.ExitCode}):\n{await errors}\n{stdout}");
            var lastLine = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            return JsonDocument.Parse(lastLine).RootElement.Clone();
        }
    }
}
