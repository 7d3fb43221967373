using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

/// <summary>
/// Requests that once got 500 or a huge answer: another charset, an unpaired surrogate, a
/// section of thousands of lines. Each gets a 4xx problem with a bilingual title.
/// </summary>
public class HostileRequestTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    [Theory]
    [InlineData("foo")]
    [InlineData("utf-7")]
    [InlineData("\"utf-16\"")]
    public async Task A_charset_other_than_utf8_gets_415(string charset)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"fields":{"number":"1","unit":"社會處"}}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");

        var problem = await ProblemAssert.IsProblemAsync(
            await service.Client.PostAsync("/api/sections/report/ooxml", content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/sections/report/ooxml", "UTF-8")]
    [InlineData("/api/sections/report/ooxml", "\"utf-8\"")]
    [InlineData("/api/sections/report/ooxml", "utf8")]
    [InlineData("/api/lint", "\"utf-8\"")]
    [InlineData("/api/lint", "utf8")]
    public async Task Utf8_named_in_any_form_HTTP_allows_is_accepted(string url, string charset)
    {
        var body = url == "/api/lint" ? """{"text":"准予備查。"}""" : """{"fields":{"number":"1","unit":"社會處","decision":"准予備查。"}}""";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await service.Client.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_document_with_more_findings_than_one_answer_holds_gets_413()
    {
        var paragraphs = string.Join(",", Enumerable.Repeat("\"記錄,2012年\"", 1_500));
        var content = new StringContent("{\"paragraphs\":[" + paragraphs + "]}", Encoding.UTF8, "application/json");

        var response = await service.Client.PostAsync("/api/lint", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("找到超過 2000 處問題", problem.GetProperty("detail").GetString());
        Assert.True(response.Content.Headers.ContentLength is null or < 10_000);
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_a_field_gets_400_at_the_field()
    {
        var content = new StringContent("""{"fields":{"number":"1","unit":"社會處\ud800","decision":"准予備查。"}}""", Encoding.UTF8, "application/json");

        var problem = await ProblemAssert.IsProblemAsync(
            await service.Client.PostAsync("/api/sections/report/ooxml", content), HttpStatusCode.BadRequest);

        Assert.Equal("fields.unit", problem.GetProperty("diagnostics")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_section_of_ten_thousand_lines_gets_413_not_a_huge_answer()
    {
        var lines = string.Join("\\n", Enumerable.Repeat("可", 10_000));
        var json = "{\"fields\":{\"number\":\"1\",\"unit\":\"社會處\",\"content\":\"" + lines + "\"}}";
        var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await service.Client.PostAsync("/api/sections/report/ooxml", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("回應內容過大", problem.GetProperty("title").GetString());
        Assert.True(response.Content.Headers.ContentLength is null or < 10_000);
    }
}

/// <summary>The 500 problem's title is bilingual, like every other title the task pane shows.</summary>
public class UnexpectedErrorTitleTests(FailingRendererServiceHost service) : IClassFixture<FailingRendererServiceHost>
{
    [Fact]
    public async Task The_500_title_is_bilingual()
    {
        var response = await service.Client.PostAsync("/api/documents", new StringContent("""{"templateId":"official","meeting":"agency: 宜蘭縣政府"}""", Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal("伺服器發生錯誤 (Internal server error)", problem.GetProperty("title").GetString());
    }
}
