using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Tests;

/// <summary>
/// <c>/manifest.xml</c>: the manifest generated for the configured environment (its rules are
/// checked in <see cref="ManifestTests"/>), 404 without a public base URL, and a service that
/// refuses to start with a base URL Office cannot load.
/// </summary>
public class ManifestEndpointTests(ManifestEndpointTests.EnvironmentServiceHost service) : IClassFixture<ManifestEndpointTests.EnvironmentServiceHost>
{
    [Fact]
    public async Task The_service_serves_the_manifest_generated_for_its_settings()
    {
        var response = await service.Client.GetAsync("/manifest.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var expected = AddinManifest.ToXml(AddinManifest.Generate(XDocument.Load(RepositoryPaths.Manifest), ManifestTests.Environment));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        SecurityHeaderAssert.HasSecurityHeaders(response);
    }

    [Fact]
    public async Task Without_a_public_base_url_there_is_no_manifest_and_the_problem_says_which_setting()
    {
        var unconfigured = new ServiceHost();
        await unconfigured.InitializeAsync();
        try
        {
            var problem = await ProblemAssert.IsProblemAsync(await unconfigured.Client.GetAsync("/manifest.xml"), HttpStatusCode.NotFound);

            Assert.Contains("Addin:PublicBaseUrl", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await unconfigured.DisposeAsync();
        }
    }

    [Fact]
    public void A_production_service_with_an_http_base_url_does_not_start()
    {
        var refused = Assert.Throws<AddinConfigurationException>(() => AddinServiceApplication.Create(new WebApplicationOptions
        {
            ContentRootPath = RepositoryPaths.Service,
            EnvironmentName = "Production",
            Args = ["--urls=http://127.0.0.1:0", "--Addin:PublicBaseUrl=http://minutes.example.gov.tw"],
        }));

        Assert.Contains("https", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_process_says_what_setting_is_wrong_and_exits_78_without_a_stack_trace()
    {
        var service = Path.Combine(AppContext.BaseDirectory, "Minutes.Addin.Service.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { service, "--urls=http://127.0.0.1:0", "--contentRoot", RepositoryPaths.Service, "--Addin:PublicBaseUrl=http://minutes.example.gov.tw" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var giveUp = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(giveUp.Token);

        Assert.Equal(AddinConfigurationException.ExitCode, process.ExitCode);
        Assert.StartsWith("Addin:PublicBaseUrl 必須是 https", await errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await errors + await output, StringComparison.Ordinal);
    }

    /// <summary>The service configured as <see cref="ManifestTests.Environment"/>.</summary>
    public sealed class EnvironmentServiceHost : ServiceHost
    {
        protected override string[] Settings =>
        [
            "--Addin:PublicBaseUrl=" + ManifestTests.Environment.PublicBaseUrl,
            "--Addin:ManifestId=" + ManifestTests.Environment.ManifestId,
            "--Addin:ManifestVersion=" + ManifestTests.Environment.ManifestVersion,
            "--Addin:DisplayName=" + ManifestTests.Environment.DisplayName,
        ];
    }
}
