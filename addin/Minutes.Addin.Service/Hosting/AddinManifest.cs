using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// The add-in manifest for this environment: addin/manifest.xml (embedded in the service) with
/// its development origin replaced by <see cref="AddinOptions.PublicBaseUrl"/>, and the add-in id,
/// version and display name replaced when they are configured.
/// </summary>
public static class AddinManifest
{
    /// <summary>The origin addin/manifest.xml is written for: the service run locally with HTTPS.</summary>
    public const string DevelopmentOrigin = "https://localhost:7150";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";

    /// <summary>Reads addin/manifest.xml, as embedded in the service.</summary>
    public static XDocument LoadTemplate()
    {
        using var stream = typeof(AddinManifest).Assembly.GetManifestResourceStream("manifest.xml")
            ?? throw new InvalidOperationException("manifest.xml is not embedded in the service");
        return XDocument.Load(stream);
    }

    /// <summary>
    /// Checks <see cref="AddinOptions.PublicBaseUrl"/> (empty, or an absolute URL without query or
    /// fragment; https unless <paramref name="development"/>) and the manifest settings.
    /// </summary>
    /// <returns>Null when the settings are right, else the bilingual message.</returns>
    public static string? Check(AddinOptions options, bool development)
    {
        if (options.PublicBaseUrl.Length > 0)
        {
            if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
                || url.Query.Length > 0 || url.Fragment.Length > 0)
            {
                return $"Addin:PublicBaseUrl「{options.PublicBaseUrl}」不是網址，應如 https://minutes.example.gov.tw (Addin:PublicBaseUrl '{options.PublicBaseUrl}' is not a URL such as https://minutes.example.gov.tw)";
            }

            if (url.Scheme != Uri.UriSchemeHttps && !development)
            {
                return $"Addin:PublicBaseUrl 必須是 https，Office 只載入 HTTPS 的增益集 (Addin:PublicBaseUrl must be https: Office loads add-ins over HTTPS only), not '{options.PublicBaseUrl}'";
            }
        }

        if (options.ManifestId.Length > 0 && !Guid.TryParseExact(options.ManifestId, "D", out _))
        {
            return $"Addin:ManifestId「{options.ManifestId}」不是 GUID (Addin:ManifestId '{options.ManifestId}' is not a GUID such as 6c1f7a52-3d0e-4c53-9a4b-2f8e5d7b9c11)";
        }

        if (options.ManifestVersion.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(options.ManifestVersion, @"^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$"))
        {
            return $"Addin:ManifestVersion「{options.ManifestVersion}」應如 1.0.1.0 (Addin:ManifestVersion '{options.ManifestVersion}' must look like 1.0.1.0)";
        }

        return options.DisplayName.Length > 125
            ? "Addin:DisplayName 不得超過 125 字 (Addin:DisplayName must not exceed 125 characters)"
            : null;
    }

    /// <summary>
    /// The manifest for <paramref name="options"/>: every URL under <see cref="AddinOptions.PublicBaseUrl"/>,
    /// and <c>Id</c>, <c>Version</c> and <c>DisplayName</c> (default and zh-TW) from the options when set.
    /// </summary>
    /// <param name="template">addin/manifest.xml; not changed.</param>
    /// <param name="options">Settings already passed by <see cref="Check"/>, with a base URL.</param>
    public static XDocument Generate(XDocument template, AddinOptions options)
    {
        var manifest = new XDocument(template);
        // The file's comment is about the development origin; the generated manifest has none.
        manifest.DescendantNodes().OfType<XComment>().ToList().ForEach(comment => comment.Remove());
        var origin = options.PublicBaseUrl.TrimEnd('/');
        foreach (var attribute in manifest.Descendants().Attributes().Where(a => a.Value.StartsWith(DevelopmentOrigin, StringComparison.Ordinal)))
        {
            attribute.Value = origin + attribute.Value[DevelopmentOrigin.Length..];
        }

        foreach (var text in manifest.DescendantNodes().OfType<XText>().Where(t => t.Value.Trim().StartsWith(DevelopmentOrigin, StringComparison.Ordinal)))
        {
            text.Value = origin + text.Value.Trim()[DevelopmentOrigin.Length..];
        }

        var root = manifest.Root!;
        if (options.ManifestId.Length > 0)
        {
            root.Element(App + "Id")!.Value = options.ManifestId;
        }

        if (options.ManifestVersion.Length > 0)
        {
            root.Element(App + "Version")!.Value = options.ManifestVersion;
        }

        if (options.DisplayName.Length > 0)
        {
            var displayName = root.Element(App + "DisplayName")!;
            displayName.SetAttributeValue("DefaultValue", options.DisplayName);
            foreach (var localized in displayName.Elements(App + "Override"))
            {
                localized.SetAttributeValue("Value", options.DisplayName);
            }
        }

        return manifest;
    }

    /// <summary>The manifest as UTF-8 XML text with its declaration.</summary>
    public static string ToXml(XDocument manifest)
    {
        using var writer = new Utf8StringWriter();
        manifest.Save(writer);
        return writer.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
