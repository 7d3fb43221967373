using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

/// <summary>
/// Security headers on every kind of answer, the body-size limit on every POST endpoint, and the
/// CORS allow-list (one origin, POST with a JSON body, nothing for look-alike origins).
/// </summary>
public class SecurityTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    private const string Json = "application/json";
    private const string OversizedBody = "(a body over the limit)";
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    private static readonly JsonSerializerOptions UnescapedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };


    [Theory]
    [InlineData("GET", "/api/sections", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/api/templates", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/healthz", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/", null, null, HttpStatusCode.Redirect)]
    [InlineData("GET", "/taskpane.html", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/taskpane.js", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/assets/icon-32.png", null, null, HttpStatusCode.OK)]
    [InlineData("GET", "/api/nothing-here", null, null, HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/lint", null, null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/api/lint", """{"text":"准予備查。"}""", Json, HttpStatusCode.OK)]
    [InlineData("POST", "/api/sections/motion/ooxml", """{"fields":""", Json, HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/sections/nothing/ooxml", "{}", Json, HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/documents", """{"templateId":"/etc/passwd","meeting":"agency: 宜蘭縣政府"}""", Json, HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/lint", "text=准予備查", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("POST", "/api/lint", OversizedBody, Json, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Security_headers_are_on_every_kind_of_answer(string method, string url, string? body, string? mediaType, HttpStatusCode status)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = service.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body == OversizedBody ? Oversized(url) : Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType!);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.HasSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/api/sections/motion/ooxml", false)]
    [InlineData("/api/sections/motion/ooxml", true)]
    [InlineData("/api/documents", false)]
    [InlineData("/api/documents", true)]
    [InlineData("/api/lint", false)]
    [InlineData("/api/lint", true)]
    public async Task Oversized_bodies_get_413_on_every_post_endpoint(string url, bool chunked)
    {
        var response = await service.Client.PostAsync(url, OversizedContent(url, chunked));

        Assert.Equal(chunked ? null : Oversized(url).Length, response.RequestMessage!.Content!.Headers.ContentLength);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{ServiceHost.BodyLimit}", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        // Kestrel drops the connection rather than read the rest; without the header a client reuses it
        // and its next request fails with no answer (the load test found this).
        Assert.True(response.Headers.ConnectionClose, "a 413 must say Connection: close");
        SecurityHeaderAssert.HasSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/api/sections/nothing/ooxml", Json, HttpStatusCode.NotFound)]
    [InlineData("/api/lint", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("/api/sections", Json, HttpStatusCode.MethodNotAllowed)]
    public async Task Error_answers_to_chunked_bodies_close_the_connection(string url, string mediaType, HttpStatusCode status)
    {
        // The answer may come before the body is read, and the rest may be over the limit (the load test found this).
        var response = await service.Client.PostAsync(url, OversizedContent(url, chunked: true, mediaType));

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.ConnectionClose, "an error answer to a chunked body must say Connection: close");
    }

    [Fact]
    public async Task Preflight_from_the_configured_origin_allows_json_posts_without_credentials()
    {
        using var response = await service.Client.SendAsync(Preflight(ServiceHost.AllowedOrigin, "POST", "content-type"));

        Assert.Equal(ServiceHost.AllowedOrigin, response.Headers.GetValues(AllowOrigin).Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        SecurityHeaderAssert.HasSecurityHeaders(response);
    }

    [Theory]
    [InlineData("DELETE", "content-type")]
    [InlineData("PUT", "content-type")]
    [InlineData("POST", "authorization")]
    [InlineData("POST", "x-template-path")]
    public async Task Preflight_allows_only_get_and_post_with_a_content_type(string method, string header)
    {
        // ASP.NET Core answers a preflight with what the policy allows; the browser refuses whatever is not listed.
        using var response = await service.Client.SendAsync(Preflight(ServiceHost.AllowedOrigin, method, header));

        var methods = response.Headers.GetValues("Access-Control-Allow-Methods").Single().Split(',');
        var headers = response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(',');
        Assert.Equal(["GET", "POST"], methods);
        Assert.Equal(["content-type"], headers.Select(h => h.ToLowerInvariant()));
        Assert.False(methods.Contains(method) && headers.Contains(header, StringComparer.OrdinalIgnoreCase), $"{method} with {header} is allowed");
    }

    [Theory]
    [InlineData("https://evil.example.test")]
    [InlineData("http://addin.example.test")]
    [InlineData("https://addin.example.test:8443")]
    [InlineData("https://addin.example.test.evil.test")]
    [InlineData("https://evil.addin.example.test")]
    [InlineData("HTTPS://ADDIN.EXAMPLE.TEST.")]
    [InlineData("null")]
    public async Task Other_origins_get_no_cors_headers(string origin)
    {
        using var preflight = await service.Client.SendAsync(Preflight(origin, "POST", "content-type"));
        using var get = await service.Client.SendAsync(WithOrigin(new HttpRequestMessage(HttpMethod.Get, "/api/sections"), origin));
        using var post = await service.Client.SendAsync(WithOrigin(LintRequest("""{"text":"准予備查。"}"""), origin));

        Assert.All([preflight, get, post], response =>
        {
            Assert.False(response.Headers.Contains(AllowOrigin), $"{response.RequestMessage!.Method} answered {origin} with CORS headers");
            Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
        });
    }

    [Theory]
    [InlineData("""{"text":"准予備查。"}""", HttpStatusCode.OK)]
    [InlineData("""{"text":""", HttpStatusCode.BadRequest)]
    [InlineData(OversizedBody, HttpStatusCode.RequestEntityTooLarge)]
    public async Task The_configured_origin_can_read_answers_and_problems(string body, HttpStatusCode status)
    {
        var request = body == OversizedBody
            ? new HttpRequestMessage(HttpMethod.Post, "/api/lint") { Content = OversizedContent("/api/lint", chunked: false) }
            : LintRequest(body);

        using var response = await service.Client.SendAsync(WithOrigin(request, ServiceHost.AllowedOrigin));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ServiceHost.AllowedOrigin, response.Headers.GetValues(AllowOrigin).Single());
    }

    /// <summary>A request the endpoint would accept but for its size: only the size may be refused.</summary>
    private static byte[] Oversized(string url)
    {
        var filler = new string('字', (int)ServiceHost.BodyLimit / 3 + 1);
        object body = url switch
        {
            "/api/documents" => new { templateId = "minutes", meeting = filler },
            "/api/lint" => new { text = filler },
            _ => new { fields = new { subject = filler } },
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, UnescapedJson);
    }

    private static HttpContent OversizedContent(string url, bool chunked, string mediaType = Json)
    {
        var bytes = Oversized(url);
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static HttpRequestMessage LintRequest(string body) =>
        new(HttpMethod.Post, "/api/lint") { Content = new StringContent(body, Encoding.UTF8, Json) };

    private static HttpRequestMessage WithOrigin(HttpRequestMessage request, string origin)
    {
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(string origin, string method, string header)
    {
        var request = WithOrigin(new HttpRequestMessage(HttpMethod.Options, "/api/sections/motion/ooxml"), origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", header);
        return request;
    }
}
