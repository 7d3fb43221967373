using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Minutes.Templating.Sections;
using Minutes.Templating.Tests.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Addin.Tests;

public class SectionApiTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    private Task<HttpResponseMessage> PostJsonAsync(string url, string json) =>
        service.Client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Sections_list_every_kind_with_its_fields()
    {
        var sections = await service.Client.GetFromJsonAsync<JsonElement>("/api/sections");

        Assert.Equal(SectionCatalog.All.Select(s => s.Id), sections.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var motion = sections.EnumerateArray().Single(s => s.GetProperty("id").GetString() == SectionKinds.Motion);
        Assert.Equal("臨時動議", motion.GetProperty("label").GetString());
        Assert.Equal("motion", motion.GetProperty("numbering").GetString());
        var number = motion.GetProperty("fields").EnumerateArray().First();
        Assert.Equal(("number", "number", true, 1, 99), (
            number.GetProperty("id").GetString(), number.GetProperty("kind").GetString(), number.GetProperty("required").GetBoolean(),
            number.GetProperty("minimum").GetInt32(), number.GetProperty("maximum").GetInt32()));
        var proposer = motion.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "proposer");
        Assert.Equal(("提案人", "person", false), (
            proposer.GetProperty("label").GetString(), proposer.GetProperty("kind").GetString(), proposer.GetProperty("required").GetBoolean()));
        Assert.False(proposer.TryGetProperty("isList", out _));
    }

    [Theory]
    [MemberData(nameof(SectionSamples.Ids), MemberType = typeof(SectionSamples))]
    public async Task Every_section_kind_returns_valid_ooxml_with_the_text_sent(string id)
    {
        var response = await service.Client.PostAsJsonAsync($"/api/sections/{id}/ooxml", new { fields = SectionSamples.Values(id) });

        response.EnsureSuccessStatusCode();
        var ooxml = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!;
        using var document = Docx.FromFlatOpc(ooxml);
        Assert.Empty(document.ValidationErrors);
        var text = string.Join("\n", document.ParagraphTexts);
        Assert.All(SectionSamples.ExpectedTexts(id), expected => Assert.Contains(expected, text));
    }

    [Fact]
    public async Task Numbers_may_be_sent_as_json_numbers()
    {
        var response = await PostJsonAsync("/api/sections/adjournment/ooxml", """{"fields":{"number":11,"end":"14:30"}}""");

        response.EnsureSuccessStatusCode();
        var ooxml = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!;
        Assert.Equal(["拾壹、\t散會：下午2時30分。"], Docx.FromFlatOpc(ooxml).ParagraphTexts); // 拾壹、 hangs out, a tab to the text
    }

    [Theory]
    [InlineData("motion", """{"fields":{"number":"3","resolution":"照辦。"}}""", "fields.subject")]
    [InlineData("motion", """{"fields":{"number":"abc","subject":"甲","resolution":"乙"}}""", "fields.number")]
    [InlineData("motion", """{"fields":{"number":"3","subject":"甲","resolution":"乙","templatePath":"../../x.docx"}}""", "fields.templatePath")]
    [InlineData("motion", """{"fields":{"number":"3","subject":{"text":"甲"},"resolution":"乙"}}""", "fields.subject")]
    [InlineData("motion", """{"fields":{"number":"3","subject":"甲\u0007","resolution":"乙"}}""", "fields.subject")]
    [InlineData("motion", """{"fields":{"number":"3","subject":"甲","proposer":"曾\n文杞"}}""", "fields.proposer")]
    [InlineData("adjournment", """{"fields":{"number":"2","end":"下午兩點半"}}""", "fields.end")]
    [InlineData("meeting-header", """{"fields":{"agency":"府","name":"會","date":"2017-02-30","start":"13:30","location":"室","chair":"甲 主委"}}""", "fields.date")]
    [InlineData("motion", """{"fields":""", "$.fields")]
    [InlineData("motion", "not json", "$")]
    [InlineData("motion", """{"fields":["甲"]}""", "$.fields")]
    public async Task Bad_section_requests_get_400_naming_the_field(string id, string body, string path)
    {
        var response = await PostJsonAsync($"/api/sections/{id}/ooxml", body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var messages), problem.ToString());
        Assert.Contains("(", messages[0].GetString()!, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_missing_field_is_named_in_one_answer()
    {
        var problem = await ProblemAssert.IsProblemAsync(await PostJsonAsync("/api/sections/proposal/ooxml", "{}"), HttpStatusCode.BadRequest);

        var paths = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["fields.number", "fields.subject"], paths);
        Assert.Equal(2, problem.GetProperty("diagnostics").GetArrayLength());
    }

    [Theory]
    [InlineData("nothing")]
    [InlineData("Motion")]
    [InlineData("..%2F..%2Fetc")]
    public async Task Unknown_section_ids_get_404(string id)
    {
        var response = await PostJsonAsync($"/api/sections/{id}/ooxml", """{"fields":{}}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bodies_that_are_not_json_get_415()
    {
        var response = await service.Client.PostAsync("/api/sections/motion/ooxml", new StringContent("number=3", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Unknown_routes_get_404_problem_details()
    {
        var response = await service.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Control_characters_are_refused_with_a_bilingual_message()
    {
        var fields = new Dictionary<string, string?> { ["number"] = "1", ["unit"] = "社會處", ["decision"] = "准予\u0001備查" };

        var problem = await ProblemAssert.IsProblemAsync(
            await service.Client.PostAsJsonAsync("/api/sections/report/ooxml", new { fields }), HttpStatusCode.BadRequest);

        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal(("invalid-character", "fields.decision"), (diagnostic.GetProperty("ruleId").GetString(), diagnostic.GetProperty("path").GetString()));
        Assert.Contains("U+0001", diagnostic.GetProperty("messageZh").GetString()!, System.StringComparison.Ordinal);
    }
}
