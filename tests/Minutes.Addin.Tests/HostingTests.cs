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

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/taskpane.html")]
    [InlineData("/taskpane.js")]
    [InlineData("/api/sections")]
    public async Task Monitors_probing_with_HEAD_get_the_headers_of_a_GET(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
