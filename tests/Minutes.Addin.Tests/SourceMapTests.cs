using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Tests;

/// <summary>A source map a development build left in the web root is served in development only.</summary>
public class SourceMapTests
{
    [Theory]
    [InlineData("Production", HttpStatusCode.NotFound)]
    [InlineData("Development", HttpStatusCode.OK)]
    public async Task A_source_map_is_served_only_in_development(string environment, HttpStatusCode expected)
    {
        var root = Directory.CreateTempSubdirectory("minutes-webroot-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "taskpane.js"), "console.log(1);");
            File.WriteAllText(Path.Combine(root, "taskpane.js.map"), "{\"version\":3}");
            await using var app = AddinServiceApplication.Create(
                new WebApplicationOptions
                {
                    ContentRootPath = RepositoryPaths.Service,
                    WebRootPath = root,
                    EnvironmentName = environment,
                    Args = ["--urls=http://127.0.0.1:0"],
                },
                builder => builder.Logging.ClearProviders());
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

            var script = await client.GetAsync("/taskpane.js");
            var map = await client.GetAsync("/taskpane.js.map");

            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal(expected, map.StatusCode);
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
