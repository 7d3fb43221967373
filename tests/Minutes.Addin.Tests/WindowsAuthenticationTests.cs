using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Minutes.Addin.Tests;

/// <summary>
/// <c>Addin:Authentication=Windows</c>: the API asks for an authenticated user, the task pane's
/// files and /healthz stay anonymous. The server's Windows authentication is stood in for by
/// <see cref="TestUserAuthenticationHandler"/>.
/// </summary>
public class WindowsAuthenticationTests(WindowsAuthenticationTests.WindowsServiceHost service) : IClassFixture<WindowsAuthenticationTests.WindowsServiceHost>
{
    [Theory]
    [InlineData("GET", "/api/sections")]
    [InlineData("GET", "/api/templates")]
    [InlineData("POST", "/api/lint")]
    [InlineData("POST", "/api/documents")]
    public async Task An_anonymous_api_request_gets_401_problem(string method, string path)
    {
        var response = await service.Client.SendAsync(Request(method, path, user: null));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("需要登入 (Authentication required)", problem.GetProperty("title").GetString());
        Assert.Contains("Windows", problem.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        SecurityHeaderAssert.HasSecurityHeaders(response);
    }

    [Theory]
    [InlineData("GET", "/api/sections")]
    [InlineData("GET", "/api/templates")]
    [InlineData("POST", "/api/lint")]
    public async Task An_authenticated_api_request_passes(string method, string path)
    {
        var response = await service.Client.SendAsync(Request(method, path, user: @"AGENCY\clerk"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/taskpane.html")]
    [InlineData("/taskpane.js")]
    [InlineData("/support.html")]
    [InlineData("/assets/icon-64.png")]
    public async Task The_task_pane_files_and_health_check_stay_anonymous(string path)
    {
        var response = await service.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path, string? user)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { text = "本案照案通過。" });
        }

        if (user is not null)
        {
            request.Headers.Add(TestUserAuthenticationHandler.Header, user);
        }

        return request;
    }

    /// <summary>The service with Windows authentication required, the test handler as the server's.</summary>
    public sealed class WindowsServiceHost : ServiceHost
    {
        protected override string[] Settings => ["--Addin:Authentication=Windows"];

        protected override void ConfigureServices(IServiceCollection services) => TestUserAuthenticationHandler.Add(services);
    }
}
