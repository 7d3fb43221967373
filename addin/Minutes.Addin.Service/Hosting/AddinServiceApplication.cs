using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.HttpSys;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minutes.Addin.Service.Documents;
using Minutes.Addin.Service.Endpoints;
using Minutes.Addin.Service.Lint;

using Minutes.Templating.Hosting;

namespace Minutes.Addin.Service.Hosting;

/// <summary>Builds the add-in service: API, task pane, security headers, CORS, body and rate limits, optional Windows authentication.</summary>
public static class AddinServiceApplication
{
    /// <summary>The name of the CORS policy that allows only <see cref="AddinOptions.AllowedOrigin"/>.</summary>
    public const string CorsPolicy = "addin-origin";

    /// <summary>The path under which the API lies: rate-limited, and for <see cref="AddinAuthentication.Windows"/> authenticated.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>Creates the application, ready to run.</summary>
    /// <param name="options">Host options: arguments, content root (which holds <c>wwwroot</c>), environment.</param>
    /// <param name="configure">Changes to the builder before it is built, such as extra services (the lead's meeting renderer, test doubles).</param>
    public static WebApplication Create(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        var section = builder.Configuration.GetSection(AddinOptions.SectionName);
        var addin = section.Get<AddinOptions>() ?? new AddinOptions();
        builder.Services.Configure<AddinOptions>(section);
        if (AddinManifest.Check(addin, builder.Environment.IsDevelopment()) is { } wrong)
        {
            throw new AddinConfigurationException(wrong);
        }

        if (addin.UseHttpSys)
        {
            if (!OperatingSystem.IsWindows())
            {
                throw new AddinConfigurationException("Addin:UseHttpSys 只能在 Windows 上使用 (HTTP.sys runs on Windows only; leave Addin:UseHttpSys off elsewhere)");
            }

            // Windows only (outside IIS): HTTP.sys authenticates with Negotiate (Kerberos) or NTLM itself.
            builder.WebHost.UseHttpSys(httpSys =>
            {
                httpSys.Authentication.Schemes = AuthenticationSchemes.Negotiate | AuthenticationSchemes.NTLM;
                httpSys.Authentication.AllowAnonymous = true;
                httpSys.MaxRequestBodySize = addin.MaxRequestBodyBytes;
            });
        }

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = addin.MaxRequestBodyBytes;
            ConfigureConnectionLimits(kestrel.Limits, context.Configuration.GetSection(KestrelLimitsSection));
        });

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Bilingual);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.MaxDepth = 16;
        });
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (addin.AllowedOrigin.Length > 0)
            {
                policy.WithOrigins(addin.AllowedOrigin).WithMethods("GET", "POST").WithHeaders("Content-Type");
            }
        }));
        builder.Services.AddRateLimiter(limiter => ApiRateLimiter.Configure(limiter, addin.RateLimit));
        // No scheme of our own: IIS and HTTP.sys add theirs ("Windows") when they authenticate.
        builder.Services.AddAuthentication();
        builder.Services.AddAuthorization(authorization =>
        {
            if (addin.Authentication == AddinAuthentication.Windows)
            {
                // The fallback policy covers every endpoint without its own; it asks for a user on
                // the API only, so the task pane page and /healthz stay anonymous. The server (IIS
                // or HTTP.sys) authenticates; a challenge makes it answer 401 with WWW-Authenticate.
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder()
                    .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
                        || context.Resource is not HttpContext http
                        || !http.Request.Path.StartsWithSegments(ApiPrefix))
                    .Build();
            }
        });
        builder.Services.AddSingleton<ITextLinter, ConventionTextLinter>();
        builder.Services.AddMinutesTemplating();
        builder.Services.Configure<MinutesTemplatingOptions>(builder.Configuration.GetSection("Minutes"));
        builder.Services.AddSingleton<IMeetingDocumentRenderer, MinutesDocumentRenderer>();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before the size check, so the allowed origin can read a 413 too (the policy is global, not per endpoint).
        app.UseCors(CorsPolicy);
        app.UseMiddleware<RequestSizeMiddleware>();
        app.UseRouting();
        // After routing, so the /taskpane.html endpoint (which fills in the Office.js URL) wins over the raw file.
        // Outside development a source map is not served, even when a development build left one in wwwroot.
        var contentTypes = new FileExtensionContentTypeProvider();
        if (!app.Environment.IsDevelopment())
        {
            contentTypes.Mappings.Remove(".map");
        }

        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = contentTypes });
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so an authenticated user is limited as one client wherever they connect from.
        app.UseRateLimiter();

        app.MapRead("/healthz", () => "ok");
        TaskPaneEndpoints.Map(app);
        ManifestEndpoints.Map(app, addin);
        SectionEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        LintEndpoints.Map(app);
        return app;
    }

    /// <summary>The configuration section whose keys override the connection limits (<c>Kestrel:Limits:KeepAliveTimeout</c> …).</summary>
    public const string KestrelLimitsSection = "Kestrel:Limits";

    /// <summary>
    /// Sets the limits that keep an idle or slow client from holding a connection (issue 20), then
    /// applies what <paramref name="configuration"/> (<see cref="KestrelLimitsSection"/>) says.
    /// Bound here, after the defaults, so that the settings win over them; the data rates are
    /// built from their two keys, as the binder cannot fill a <see cref="MinDataRate"/> in place.
    /// </summary>
    private static void ConfigureConnectionLimits(KestrelServerLimits limits, IConfigurationSection configuration)
    {
        // A connection that sends nothing, or nothing more after an answer, is closed after 20 s.
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(20);
        // A client must send the whole request line and headers within 10 s of its first byte (slowloris).
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        // Bodies and answers must move at 240 bytes/s or more after a 5 s grace (Kestrel's own
        // defaults, set here so they are visible and documented): a trickling client is dropped.
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        // Past this many open connections, new ones are closed at once; the timeouts above free them.
        limits.MaxConcurrentConnections = 512;
        limits.MaxConcurrentUpgradedConnections = 64;

        configuration.Bind(limits);
        limits.MinRequestBodyDataRate = DataRate(configuration, nameof(KestrelServerLimits.MinRequestBodyDataRate), limits.MinRequestBodyDataRate);
        limits.MinResponseDataRate = DataRate(configuration, nameof(KestrelServerLimits.MinResponseDataRate), limits.MinResponseDataRate);
    }

    private static MinDataRate? DataRate(IConfigurationSection limits, string key, MinDataRate? current)
    {
        var section = limits.GetSection(key);
        if (!section.Exists())
        {
            return current;
        }

        var bytesPerSecond = section.GetValue(nameof(MinDataRate.BytesPerSecond), current?.BytesPerSecond ?? 240);
        var gracePeriod = section.GetValue(nameof(MinDataRate.GracePeriod), current?.GracePeriod ?? TimeSpan.FromSeconds(5));
        // 0 bytes per second turns the check off, as Kestrel's null does.
        return bytesPerSecond > 0 ? new MinDataRate(bytesPerSecond, gracePeriod) : null;
    }

    /// <summary>Creates the application from command-line arguments.</summary>
    public static WebApplication Create(string[] args) => Create(new WebApplicationOptions { Args = args });
}
