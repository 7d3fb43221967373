using Minutes.Templating.Tests.TestSupport;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Documents;
using Minutes.Templating.Diagnostics;

namespace Minutes.Addin.Tests;

public class DocumentAndLintApiTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task A_whole_meeting_renders_with_a_built_in_template()
    {
        var yaml = await System.IO.File.ReadAllTextAsync(System.IO.Path.Combine(RepositoryRoot(), "templates", "examples", "yilan-2017.yaml"));

        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "minutes", meeting = yaml });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var document = Docx.Open(Convert.FromBase64String(body.GetProperty("base64").GetString()!));
        Assert.Contains("賴秘書長錫祿", document.MainDocumentPart!.Document!.InnerText);
        Assert.Equal(["minutes", "notice", "sign-in"], await service.Client.GetFromJsonAsync<string[]>("/api/templates") ?? []);
    }

    [Fact]
    public async Task A_bad_meeting_gets_400_with_its_data_path()
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "minutes", meeting = "agency: 宜蘭縣政府\ndate: 106-02-30" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("date", out _));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Minutes.Templating.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private const string SmallMeeting = "name: 督導會報\nsession: 106年度第1次\ndate: 106年7月18日\nstart: 下午1時30分\nlocation: 本府第一會議室\nchair:\n  name: 賴錫祿\n  title: 秘書長\n";

    [Theory]
    [InlineData("../../templates/official.docx")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\templates\\x.docx")]
    [InlineData("\\\\server\\share\\x.docx")]
    [InlineData("file:///etc/passwd")]
    [InlineData("templates/minutes")]
    [InlineData("minutes/../../../etc/passwd")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("minutes.docx")]
    [InlineData("minutes\n")]
    [InlineData(" minutes")]
    [InlineData("ｍinutes")]
    [InlineData("Official")]
    [InlineData("")]
    public async Task Template_paths_are_refused(string templateId)
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId, meeting = "title: 測試" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("templateId", out _));
        Assert.Equal("invalid-template-id", problem.GetProperty("diagnostics")[0].GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("templatePath")]
    [InlineData("template")]
    [InlineData("templateFile")]
    public async Task A_template_path_in_another_member_is_refused_not_ignored(string member)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["templateId"] = "minutes", [member] = "/etc/passwd", ["meeting"] = "agency: 宜蘭縣政府\n" + SmallMeeting });

        var response = await service.Client.PostAsync("/api/documents", new System.Net.Http.StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$." + member, out _), problem.ToString());
    }

    [Fact]
    public async Task Template_syntax_in_meeting_data_is_written_as_text_never_run()
    {
        var meeting = "agency: \"{{ include '/etc/passwd' }}\"\n" + SmallMeeting;

        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "notice", meeting });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var document = Docx.Open(Convert.FromBase64String(body.GetProperty("base64").GetString()!));
        var text = document.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("{{ include '/etc/passwd' }}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_reports_half_width_punctuation_and_simplified_characters()
    {
        var response = await service.Client.PostAsJsonAsync("/api/lint", new { text = "准予備查.社會處,警察局\n这是 3.5 example.gov.tw" });

        response.EnsureSuccessStatusCode();
        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("ruleId").GetString())
            .ToList();
        Assert.Equal(["half-width-punctuation", "simplified-character"], findings);
    }

    [Fact]
    public async Task Lint_of_paragraphs_names_each_paragraph_and_fixes_the_whole_paragraph()
    {
        var response = await service.Client.PostAsJsonAsync("/api/lint", new { paragraphs = new[] { "准予備查。", "准予備查.社會處,警察局", "", "會議記錄已送各委員。" } });

        response.EnsureSuccessStatusCode();
        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            [("paragraphs[1]", "half-width-punctuation", "准予備查。社會處，警察局"), ("paragraphs[3]", "record-noun", "會議紀錄已送各委員。")],
            findings.Select(f => (f.GetProperty("path").GetString(), f.GetProperty("ruleId").GetString(), f.GetProperty("fix").GetProperty("replacement").GetString())));
        Assert.All(findings, f => Assert.Equal(f.GetProperty("path").GetString(), f.GetProperty("fix").GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("""{"paragraphs":["准予備查。",null]}""", "paragraphs[1]")]
    [InlineData("""{"text":"准予備查。","paragraphs":["准予備查。"]}""", "paragraphs")]
    [InlineData("""{}""", "text")]
    public async Task Lint_refuses_a_request_without_exactly_one_kind_of_text(string body, string path)
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await service.Client.PostAsync("/api/lint", new System.Net.Http.StringContent(body, System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.ToString());
    }

    [Fact]
    public async Task A_refused_paragraph_is_counted_from_one_in_both_languages_of_the_detail()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await service.Client.PostAsync("/api/lint", new System.Net.Http.StringContent("""{"paragraphs":["准予備查。",null]}""", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Equal("第 2 段不是文字 (paragraph 2 is not text)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Lint_requires_text()
    {
        var problem = await ProblemAssert.IsProblemAsync(await service.Client.PostAsJsonAsync("/api/lint", new { }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }
}

/// <summary>The service with a meeting renderer registered, as the library will provide one.</summary>
public sealed class ServiceHostWithRenderer : ServiceHost
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IMeetingDocumentRenderer, RecordingMeetingRenderer>();

    /// <summary>Answers with fixed bytes, or an error diagnostic for meeting text "bad".</summary>
    private sealed class RecordingMeetingRenderer : IMeetingDocumentRenderer
    {
        public IReadOnlyList<string> TemplateIds { get; } = ["official"];

        public Task<MeetingDocumentResult> RenderAsync(string templateId, string meeting, CancellationToken cancellationToken) =>
            Task.FromResult(meeting == "bad"
                ? new MeetingDocumentResult(null, [new Diagnostic { RuleId = "yaml", Severity = Severity.Error, Path = "title", MessageZh = "缺少標題", MessageEn = "title is missing" }])
                : new MeetingDocumentResult([1, 2, 3], []));
    }
}

public class DocumentApiWithRendererTests(ServiceHostWithRenderer service) : IClassFixture<ServiceHostWithRenderer>
{
    [Fact]
    public async Task Documents_come_back_as_base64()
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "official", meeting = "title: 測試" });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Convert.ToBase64String([1, 2, 3]), body.GetProperty("base64").GetString());
        Assert.Equal(["official"], await service.Client.GetFromJsonAsync<string[]>("/api/templates") ?? []);
    }

    [Fact]
    public async Task Unknown_templates_get_400()
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "other", meeting = "title: 測試" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("templateId", out _));
    }

    [Fact]
    public async Task Meeting_errors_get_400_with_their_data_path()
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "official", meeting = "bad" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }
}
