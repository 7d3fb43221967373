using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Service.Endpoints;

/// <summary>Serves this environment's add-in manifest at <c>/manifest.xml</c>, for the administrator to upload or share.</summary>
public static class ManifestEndpoints
{
    /// <summary>Maps <c>/manifest.xml</c>: the manifest generated once from <paramref name="options"/>, or 404 when no public base URL is set.</summary>
    public static void Map(WebApplication app, AddinOptions options)
    {
        if (options.PublicBaseUrl.Length == 0)
        {
            app.MapRead("/manifest.xml", () => Problems.NotFound(
                "尚未設定 Addin:PublicBaseUrl（服務的 https 網址），無法產生增益集資訊清單",
                "set Addin:PublicBaseUrl (the service's https address) to get the add-in manifest"));
            return;
        }

        var xml = AddinManifest.ToXml(AddinManifest.Generate(AddinManifest.LoadTemplate(), options));
        app.MapRead("/manifest.xml", () => Results.Text(xml, "application/xml; charset=utf-8"));
    }
}
