using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DocumentFormat.OpenXml.Packaging;
using Minutes.Templating.Sections;
using Minutes.Templating.Tests.Sections;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Addin.Tests.Load;

/// <summary>
/// The requests of the load test: every section kind's OOXML, whole documents with each built-in
/// template, lint calls, and the bad requests a careless or hostile client sends. A good answer
/// must equal the answer the idle service gave before the run (checked once in full here), so a
/// mix-up between concurrent requests or a half-written body is caught, not only a wrong status.
/// </summary>
internal static class ServiceLoadMix
{
    public const string SectionKind = "section ooxml";
    public const string DocumentKind = "whole document";
    public const string LintKind = "lint";

    private const string JsonMediaType = "application/json";

    private static readonly (string TemplateId, string Example, string ExpectedText)[] Documents =
    [
        ("minutes", "yilan-2017.yaml", "賴秘書長錫祿"),
        ("notice", "zhudong-2025.yaml", "新竹縣竹東鎮公所"),
        ("sign-in", "yilan-2017.yaml", "宜蘭縣政府"),
    ];

    private static readonly string[] LintTexts = ["准予備查.社會處,警察局\n这是 3.5 example.gov.tw", "准予備查。"];

    /// <summary>Builds the mix, fetching and checking each good request's reference answer from the idle service.</summary>
    public static async Task<IReadOnlyList<LoadCase>> CreateAsync(HttpClient client, long bodyLimit)
    {
        var cases = new List<LoadCase>();
        foreach (var definition in SectionCatalog.All)
        {
            var body = JsonSerializer.Serialize(new { fields = SectionSamples.Values(definition.Id) });
            var url = $"/api/sections/{definition.Id}/ooxml";
            var reference = await ReferenceAsync(client, Post(url, body));
            var ooxml = JsonDocument.Parse(reference).RootElement.GetProperty("ooxml").GetString()!;
            using (var document = Docx.FromFlatOpc(ooxml))
            {
                Assert.Empty(document.ValidationErrors);
                Assert.All(SectionSamples.ExpectedTexts(definition.Id), text => Assert.Contains(text, string.Join("\n", document.ParagraphTexts)));
            }

            cases.Add(new LoadCase(SectionKind, true, () => Post(url, body), (response, bytes) => SameBody(response, bytes, reference)));
        }

        foreach (var (templateId, example, expectedText) in Documents)
        {
            var meeting = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "templates", "examples", example));
            var body = JsonSerializer.Serialize(new { templateId, meeting });
            var reference = DocumentXml(await ReferenceAsync(client, Post("/api/documents", body)), out var innerText);
            Assert.Contains(expectedText, innerText, StringComparison.Ordinal);
            cases.Add(new LoadCase(DocumentKind, true, () => Post("/api/documents", body), (response, bytes) => SameDocument(response, bytes, reference)));
        }

        foreach (var text in LintTexts)
        {
            var body = JsonSerializer.Serialize(new { text });
            var reference = await ReferenceAsync(client, Post("/api/lint", body));
            Assert.True(JsonDocument.Parse(reference).RootElement.TryGetProperty("findings", out _));
            cases.Add(new LoadCase(LintKind, true, () => Post("/api/lint", body), (response, bytes) => SameBody(response, bytes, reference)));
        }

        var filler = new string('a', (int)bodyLimit);
        var oversizedLint = JsonSerializer.Serialize(new { text = filler });
        var oversizedDocument = JsonSerializer.Serialize(new { templateId = "minutes", meeting = filler });
        cases.AddRange(
        [
            Bad("bad: malformed JSON", () => Post("/api/sections/motion/ooxml", "{\"fields\":"), HttpStatusCode.BadRequest, "$.fields"),
            Bad("bad: body over the limit", () => Post("/api/lint", oversizedLint), HttpStatusCode.RequestEntityTooLarge, null),
            Bad("bad: body over the limit, chunked", () => PostChunked("/api/documents", oversizedDocument), HttpStatusCode.RequestEntityTooLarge, null),
            // Answered before the body is read, with the unread rest over the limit.
            Bad("bad: unknown section id, chunked body over the limit", () => PostChunked("/api/sections/nothing/ooxml", oversizedLint), HttpStatusCode.NotFound, null),
            Bad("bad: unknown template id", () => Post("/api/documents", DocumentBody("official")), HttpStatusCode.BadRequest, "templateId"),
            Bad("bad: template path ../../x.docx", () => Post("/api/documents", DocumentBody("../../x.docx")), HttpStatusCode.BadRequest, "templateId"),
            Bad("bad: template path /etc/passwd", () => Post("/api/documents", DocumentBody("/etc/passwd")), HttpStatusCode.BadRequest, "templateId"),
            Bad("bad: wrong content type", () => Post("/api/lint", "text=准予備查", "text/plain"), HttpStatusCode.UnsupportedMediaType, null),
            Bad("bad: unknown section id", () => Post("/api/sections/nothing/ooxml", "{\"fields\":{}}"), HttpStatusCode.NotFound, null),
            // Issue 20: requests that once got 500 or a 48 MB answer.
            Bad("bad: charset=foo", () => PostWithCharset("/api/sections/report/ooxml", ReportFields, "foo"), HttpStatusCode.UnsupportedMediaType, null),
            Bad("bad: charset=utf-7", () => PostWithCharset("/api/sections/report/ooxml", ReportFields, "utf-7"), HttpStatusCode.UnsupportedMediaType, null),
            Bad("bad: lone surrogate in a field", () => Post("/api/sections/report/ooxml", "{\"fields\":{\"number\":\"1\",\"title\":\"報告\\ud800\"}}"), HttpStatusCode.BadRequest, null),
            Bad("bad: section answer over the limit", () => Post("/api/sections/report/ooxml", TenThousandLines), HttpStatusCode.RequestEntityTooLarge, null),
        ]);
        return cases;
    }

    private const string ReportFields = "{\"fields\":{\"number\":\"1\",\"title\":\"報告\"}}";

    /// <summary>A report whose decision is 10,000 short lines: a 50 KB request whose OOXML answer would be tens of MB.</summary>
    private static readonly string TenThousandLines =
        "{\"fields\":{\"number\":\"1\",\"title\":\"報告\",\"decision\":\"" + string.Join("\\n", Enumerable.Repeat("可", 10_000)) + "\"}}";

    private static HttpRequestMessage PostWithCharset(string url, string body, string charset)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=" + charset);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static string DocumentBody(string templateId) => JsonSerializer.Serialize(new { templateId, meeting = "agency: 宜蘭縣政府" });

    private static HttpRequestMessage Post(string url, string body, string mediaType = JsonMediaType) =>
        new(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private static HttpRequestMessage PostChunked(string url, string body)
    {
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(JsonMediaType);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static async Task<byte[]> ReferenceAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.IsSuccessStatusCode, $"{request.RequestUri}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
            return body;
        }
    }

    private static string? SameBody(HttpResponseMessage response, byte[] body, byte[] reference) =>
        !response.IsSuccessStatusCode ? $"status {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}"
        : response.Content.Headers.ContentType?.MediaType != JsonMediaType ? $"content type {response.Content.Headers.ContentType}"
        : body.AsSpan().SequenceEqual(reference) ? null
        : $"the body differs from the idle service's answer ({body.Length} bytes, expected {reference.Length})";

    private static string? SameDocument(HttpResponseMessage response, byte[] body, string referenceXml)
    {
        if (!response.IsSuccessStatusCode)
        {
            return $"status {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}";
        }

        var docx = Convert.FromBase64String(JsonDocument.Parse(body).RootElement.GetProperty("base64").GetString()!);
        if (!docx.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return "the document is not a zip package";
        }

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        if (zip.GetEntry("word/document.xml") is not { } entry)
        {
            return "the package has no word/document.xml";
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd() == referenceXml ? null : "word/document.xml differs from the idle service's answer";
    }

    /// <summary>The main part's XML of the document in a <c>/api/documents</c> answer, and its text.</summary>
    private static string DocumentXml(byte[] answer, out string innerText)
    {
        var docx = Convert.FromBase64String(JsonDocument.Parse(answer).RootElement.GetProperty("base64").GetString()!);
        using var document = Docx.Open(docx);
        innerText = document.MainDocumentPart.Document!.InnerText;
        return document.PartXml("word/document.xml");
    }

    private static LoadCase Bad(string kind, Func<HttpRequestMessage> request, HttpStatusCode status, string? errorKey) =>
        new(kind, false, request, (response, body) => ExpectedProblem(response, body, status, errorKey));

    private static string? ExpectedProblem(HttpResponseMessage response, byte[] body, HttpStatusCode status, string? errorKey)
    {
        if (response.StatusCode != status)
        {
            return $"status {(int)response.StatusCode}, expected {(int)status}: {Encoding.UTF8.GetString(body)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"content type {response.Content.Headers.ContentType}, expected application/problem+json";
        }

        var problem = JsonDocument.Parse(body).RootElement;
        if (problem.GetProperty("status").GetInt32() != (int)status)
        {
            return "the problem's status differs from the response status";
        }

        return errorKey is null || (problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(errorKey, out _))
            ? null
            : $"the problem does not name '{errorKey}': {problem}";
    }
}
