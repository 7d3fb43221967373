using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Minutes.Addin.Service.Endpoints;

namespace Minutes.Addin.Tests;

public class HostingTests(ServiceHost service) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task Oversized_bodies_get_413()
    {
        var body = "{\"text\":\"" + new string('字', (int)ServiceHost.BodyLimit) + "\"}";

        var response = await service.Client.PostAsync("/api/lint", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Oversized_bodies_without_a_length_get_413()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', (int)ServiceHost.BodyLimit * 2) + "\"}");
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await service.Client.PostAsync("/api/lint", content);

        Assert.Null(response.RequestMessage!.Content!.Headers.ContentLength);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_origin()
    {
        using var allowed = Preflight(ServiceHost.AllowedOrigin);
        using var denied = Preflight("https://evil.example.test");

        var allowedResponse = await service.Client.SendAsync(allowed);
        var deniedResponse = await service.Client.SendAsync(denied);

        Assert.Equal(ServiceHost.AllowedOrigin, allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(deniedResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_headers_are_sent_only_to_the_configured_origin_on_requests()
    {
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/sections");
        allowed.Headers.Add("Origin", ServiceHost.AllowedOrigin);
        using var denied = new HttpRequestMessage(HttpMethod.Get, "/api/sections");
        denied.Headers.Add("Origin", "https://evil.example.test");

        Assert.True((await service.Client.SendAsync(allowed)).Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False((await service.Client.SendAsync(denied)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/sections/motion/ooxml");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    [Theory]
    [InlineData("/api/sections")]
    [InlineData("/api/nothing-here")]
    [InlineData("/assets/icon-32.png")]
    public async Task Security_headers_are_on_every_response(string url)
    {
        var response = await service.Client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self' https://*.officeapps.live.com", policy, System.StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, System.StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Task_pane_page_loads_office_js_from_the_configured_url()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "taskpane.html")), "The task pane is not built. " + RepositoryPaths.InstallHint);

        var page = await service.Client.GetStringAsync("/taskpane.html");

        Assert.Contains($"<script src=\"{ServiceHost.OfficeStubPath}\"></script>", page, System.StringComparison.Ordinal);
        Assert.DoesNotContain(TaskPaneEndpoints.OfficeJsPlaceholder, page, System.StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-Hant-TW\"", page, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public async Task Icons_are_served_as_pngs_of_their_size(int size)
    {
        var response = await service.Client.GetAsync($"/assets/icon-{size}.png");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((size, size), (ReadBigEndian(png, 16), ReadBigEndian(png, 20)));
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
