using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Tests;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 on a free port, configured as the tests need, with
/// the Office.js stand-in served at <see cref="OfficeStubPath"/>.
/// </summary>
public class ServiceHost : IAsyncLifetime
{
    public const string AllowedOrigin = "https://addin.example.test";
    public const string OfficeStubPath = "/test/office-stub.js";
    public const long BodyLimit = 64 * 1024;

    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The running service's services, to read the options it was started with.</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>Extra settings for a host variant, as command-line arguments (<c>--Section:Key=value</c>).</summary>
    protected virtual string[] Settings => [];

    /// <summary>Extra services for a host variant, such as a meeting renderer.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        app = AddinServiceApplication.Create(
            new WebApplicationOptions
            {
                ContentRootPath = RepositoryPaths.Service,
                EnvironmentName = "Production",
                Args =
                [
                    "--urls=http://127.0.0.1:0",
                    "--Addin:AllowedOrigin=" + AllowedOrigin,
                    "--Addin:OfficeJsUrl=" + OfficeStubPath,
                    "--Addin:MaxRequestBodyBytes=" + BodyLimit,
                    // Every test client is 127.0.0.1, one client to the limiter; the load test's 50
                    // clients must not be throttled. RateLimitTests sets a small limit.
                    "--Addin:RateLimit:PermitLimit=" + int.MaxValue,
                    .. Settings,
                ],
            },
            builder =>
            {
                builder.Logging.ClearProviders();
                ConfigureServices(builder.Services);
            });
        var stub = Path.Combine(RepositoryPaths.TaskPane, "test", "office-stub.js");
        app.MapGet(OfficeStubPath, () => Results.File(stub, "text/javascript"));
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
