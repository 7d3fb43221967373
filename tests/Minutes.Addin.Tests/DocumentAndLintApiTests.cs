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
        using var docx = new System.IO.MemoryStream(Convert.FromBase64String(body.GetProperty("base64").GetString()!));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        Assert.Contains("賴秘書長錫祿", document.MainDocumentPart!.Document!.InnerText);
        Assert.Equal(["notice", "sign-in", "minutes"], await service.Client.GetFromJsonAsync<string[]>("/api/templates") ?? []);
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

    [Theory]
    [InlineData("../../templates/official.docx")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\templates\\x.docx")]
    [InlineData("Official")]
    [InlineData("")]
    public async Task Template_paths_are_refused(string templateId)
    {
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId, meeting = "title: 測試" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("templateId", out _));
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
