using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minutes.Addin.Service.Hosting;

namespace Minutes.Addin.Tests;

/// <summary>
/// Checks addin/manifest.xml offline against the rules of the published add-in manifest schema
/// (OfficeAppManifestV1_1.xsd with TaskPaneAppVersionOverridesV1_0.xsd and
/// OfficeAppBasicTypesV1_0.xsd). No npm package ships those XSDs, so the rules the manifest relies
/// on are written down here: element order and cardinality of TaskPaneApp, the simple types
/// (UUID, Version, CultureName, string lengths, permissions), and that every resid resolves.
/// Each rule holds for addin/manifest.xml and for the manifest generated for an environment.
/// </summary>
public class ManifestTests
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    // OfficeApp's sequence followed by TaskPaneApp's extension: (name, minOccurs).
    private static readonly (string Name, int Min)[] TaskPaneAppSequence =
    [
        ("Id", 1), ("AlternateId", 0), ("Version", 1), ("ProviderName", 1), ("DefaultLocale", 1),
        ("DisplayName", 1), ("Description", 1), ("IconUrl", 0), ("HighResolutionIconUrl", 0),
        ("SupportUrl", 0), ("AppDomains", 0), ("Hosts", 0), ("Requirements", 0), ("DefaultSettings", 1),
        ("Permissions", 1), ("Dictionary", 0), ("VersionOverrides", 0),
    ];

    /// <summary>The settings of the environment whose generated manifest is checked beside addin/manifest.xml.</summary>
    internal static readonly AddinOptions Environment = new()
    {
        PublicBaseUrl = "https://minutes.example.gov.tw",
        ManifestId = "0b5e8f3c-7a41-4d2e-9c86-1f2a3b4c5d6e",
        ManifestVersion = "1.0.3.0",
        DisplayName = "會議紀錄小幫手（測試區）",
    };

    private static readonly Dictionary<string, XDocument> Manifests = new()
    {
        ["addin/manifest.xml"] = XDocument.Load(RepositoryPaths.Manifest),
        ["generated"] = AddinManifest.Generate(XDocument.Load(RepositoryPaths.Manifest), Environment),
    };

    public static TheoryData<string> Sources => new(Manifests.Keys);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Root_is_a_task_pane_app(string source)
    {
        var root = Manifests[source].Root!;
        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("TaskPaneApp", (string?)root.Attribute(Xsi + "type"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Elements_follow_the_schema_sequence(string source)
    {
        var root = Manifests[source].Root!;
        var names = root.Elements().Select(e => e.Name.LocalName).ToList();
        var position = 0;
        foreach (var (name, min) in TaskPaneAppSequence)
        {
            var count = 0;
            while (position < names.Count && names[position] == name)
            {
                position++;
                count++;
            }

            Assert.True(count >= min, $"<{name}> is required");
            Assert.True(count <= 1, $"<{name}> may appear once");
        }

        Assert.True(position == names.Count, $"<{names.ElementAtOrDefault(position)}> is out of order or not allowed");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Simple_types_match_the_schema(string source)
    {
        var root = Manifests[source].Root!;
        Assert.Matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", Value(root, "Id"));
        Assert.Matches(@"^([0-9]{1,5})(\.[0-9]{1,5}){0,3}$", Value(root, "Version"));
        Assert.InRange(Value(root, "ProviderName").Length, 1, 125);
        Assert.Matches("^[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}$|^[a-zA-Z]{2,3}(-[a-zA-Z]{2,3})?$", Value(root, "DefaultLocale"));
        Assert.Equal("ReadWriteDocument", Value(root, "Permissions"));
        Assert.Equal(["Document"], root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string?)h.Attribute("Name")));
    }

    [Theory]
    [InlineData("DisplayName", 125, "會議紀錄小幫手")]
    [InlineData("Description", 250, null)]
    public void Display_texts_have_a_traditional_chinese_override(string element, int maxLength, string? expectedZh)
    {
        var setting = Manifests["addin/manifest.xml"].Root!.Element(App + element)!;
        var zh = setting.Elements(App + "Override").Single(o => (string?)o.Attribute("Locale") == "zh-TW");

        Assert.InRange(((string)setting.Attribute("DefaultValue")!).Length, 1, maxLength);
        Assert.InRange(((string)zh.Attribute("Value")!).Length, 1, maxLength);
        if (expectedZh is not null)
        {
            Assert.Equal(expectedZh, (string?)zh.Attribute("Value"));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Source_location_is_the_service_task_pane(string source)
    {
        var root = Manifests[source].Root!;
        var location = new Uri((string)root.Element(App + "DefaultSettings")!.Element(App + "SourceLocation")!.Attribute("DefaultValue")!);

        Assert.Equal(("https", "/taskpane.html"), (location.Scheme, location.AbsolutePath));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_url_is_https_on_the_service_and_every_icon_is_served(string source)
    {
        var root = Manifests[source].Root!;
        var urls = Manifests[source].Descendants()
            .SelectMany(e => e.Attributes("DefaultValue"))
            .Select(a => a.Value)
            .Where(v => v.StartsWith("http", StringComparison.Ordinal))
            .Select(v => new Uri(v))
            .ToList();
        var origin = urls[0].GetLeftPart(UriPartial.Authority);

        Assert.All(urls, url => Assert.Equal(origin, url.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(origin, Value(root, "AppDomains"));
        foreach (var icon in urls.Where(u => u.AbsolutePath.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, icon.AbsolutePath.TrimStart('/'))), icon.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Version_overrides_have_a_ribbon_button_that_shows_the_task_pane(string source)
    {
        var root = Manifests[source].Root!;
        var versionOverrides = root.Element(Overrides + "VersionOverrides")!;
        Assert.Equal("VersionOverridesV1_0", (string?)versionOverrides.Attribute(Xsi + "type"));
        var host = versionOverrides.Element(Overrides + "Hosts")!.Element(Overrides + "Host")!;
        Assert.Equal("Document", (string?)host.Attribute(Xsi + "type"));
        var formFactor = host.Element(Overrides + "DesktopFormFactor")!;
        // DesktopFormFactor: GetStarted?, FunctionFile, ExtensionPoint+.
        Assert.Equal(["GetStarted", "FunctionFile", "ExtensionPoint"], formFactor.Elements().Select(e => e.Name.LocalName));
        var button = formFactor.Descendants(Overrides + "Control").Single();
        Assert.Equal("Button", (string?)button.Attribute(Xsi + "type"));
        Assert.Equal(["Label", "Supertip", "Icon", "Action"], button.Elements().Select(e => e.Name.LocalName));
        var action = button.Element(Overrides + "Action")!;
        Assert.Equal("ShowTaskpane", (string?)action.Attribute(Xsi + "type"));
        Assert.Equal(
            ["16", "32", "80"],
            button.Element(Overrides + "Icon")!.Elements(BasicTypes + "Image").Select(i => (string)i.Attribute("size")!));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_resid_resolves_to_a_resource_of_the_right_kind(string source)
    {
        var root = Manifests[source].Root!;
        var resources = root.Element(Overrides + "VersionOverrides")!.Element(Overrides + "Resources")!;
        var ids = new Dictionary<string, string>();
        foreach (var group in resources.Elements())
        {
            foreach (var resource in group.Elements())
            {
                var id = (string)resource.Attribute("id")!;
                Assert.True(id.Length <= 32, $"resource id '{id}' is longer than 32 characters");
                ids.Add(id, group.Name.LocalName);
                var limit = group.Name.LocalName switch { "ShortStrings" => 125, "LongStrings" => 250, _ => 2048 };
                Assert.InRange(((string)resource.Attribute("DefaultValue")!).Length, 1, limit);
                Assert.All(resource.Elements(BasicTypes + "Override"), o => Assert.InRange(((string)o.Attribute("Value")!).Length, 1, limit));
            }
        }

        var references = root.Descendants().Where(e => e.Attribute("resid") is not null).ToList();
        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            var resid = (string)reference.Attribute("resid")!;
            Assert.True(ids.TryGetValue(resid, out var kind), $"resid '{resid}' has no resource");
            var expected = reference.Name.LocalName switch
            {
                "Image" => "Images",
                "SourceLocation" or "FunctionFile" or "LearnMoreUrl" => "Urls",
                "Label" or "Title" => "ShortStrings",
                _ => "LongStrings",
            };
            Assert.True(expected == kind, $"<{reference.Name.LocalName} resid='{resid}'> must point at {expected}, not {kind}");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Ribbon_labels_are_translated_to_traditional_chinese(string source)
    {
        var root = Manifests[source].Root!;
        var strings = root.Descendants(BasicTypes + "String").ToList();

        Assert.NotEmpty(strings);
        Assert.All(strings, s => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)s.Elements(BasicTypes + "Override").Single(o => (string?)o.Attribute("Locale") == "zh-TW").Attribute("Value")!));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Icons_have_the_sizes_Word_on_the_web_and_Windows_ask_for(string source)
    {
        var root = Manifests[source].Root!;
        // IconUrl 32×32 and HighResolutionIconUrl 64×64 (the add-in list and high-DPI screens); each
        // ribbon image as large as its size attribute says.
        Assert.Equal((32, 32), PngSize((string)root.Element(App + "IconUrl")!.Attribute("DefaultValue")!));
        Assert.Equal((64, 64), PngSize((string)root.Element(App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!));
        var images = root.Descendants(BasicTypes + "Images").Single().Elements(BasicTypes + "Image").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("DefaultValue")!);
        foreach (var reference in root.Descendants(BasicTypes + "Image").Where(i => i.Attribute("size") is not null))
        {
            var size = int.Parse((string)reference.Attribute("size")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((size, size), PngSize(images[(string)reference.Attribute("resid")!]));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_support_url_is_a_served_support_page_not_the_task_pane(string source)
    {
        var root = Manifests[source].Root!;
        var support = new Uri((string)root.Element(App + "SupportUrl")!.Attribute("DefaultValue")!);

        Assert.Equal("/support.html", support.AbsolutePath);
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.TaskPane, "src", "support.html"));
        Assert.Contains("會議紀錄小幫手", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "support.html")), "support.html is not built. " + RepositoryPaths.InstallHint);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Word_on_the_web_and_Windows_can_load_it(string source)
    {
        var root = Manifests[source].Root!;
        // Both read the Document host's DesktopFormFactor; a requirement set only the desktop has
        // (WordApiDesktop, WordApiHiddenDocument) would hide the add-in on the web. The task pane's
        // own calls are held against the WordApi version in TaskPaneBrowserTests.
        Assert.Equal("Document", (string?)root.Descendants(Overrides + "Host").Single().Attribute(Xsi + "type"));
        var sets = root.Element(App + "Requirements")!.Element(App + "Sets")!.Elements(App + "Set").ToList();
        Assert.Equal(["WordApi"], sets.Select(s => (string?)s.Attribute("Name")));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(AddinManifest.ToXml(Manifests[source])) < 256 * 1024, "Office refuses manifests over 256 KB");
    }

    [Fact]
    public void The_generated_manifest_has_the_environment_address_id_version_and_name()
    {
        var generated = Manifests["generated"];
        var root = generated.Root!;
        var urls = generated.Descendants().Attributes("DefaultValue").Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)).ToList();

        Assert.Equal(Manifests["addin/manifest.xml"].Descendants().Attributes("DefaultValue").Count(a => a.Value.Contains("://", StringComparison.Ordinal)), urls.Count);
        Assert.All(urls, url => Assert.StartsWith(Environment.PublicBaseUrl + "/", url, StringComparison.Ordinal));
        Assert.Equal(Environment.PublicBaseUrl, Value(root, "AppDomains"));
        Assert.DoesNotContain(AddinManifest.DevelopmentOrigin, AddinManifest.ToXml(generated), StringComparison.Ordinal);
        Assert.Equal((Environment.ManifestId, Environment.ManifestVersion), (Value(root, "Id"), Value(root, "Version")));
        var displayName = root.Element(App + "DisplayName")!;
        Assert.Equal(
            [Environment.DisplayName, Environment.DisplayName],
            new[] { (string)displayName.Attribute("DefaultValue")!, (string)displayName.Element(App + "Override")!.Attribute("Value")! });
    }

    [Theory]
    [InlineData("http://minutes.example.gov.tw", "Production", "https")]
    [InlineData("minutes.example.gov.tw", "Development", "URL")]
    [InlineData("https://minutes.example.gov.tw/?a=1", "Production", "URL")]
    [InlineData("ftp://minutes.example.gov.tw", "Development", "URL")]
    public void A_public_base_url_that_office_cannot_load_is_refused(string baseUrl, string environment, string expected)
    {
        var message = AddinManifest.Check(new AddinOptions { PublicBaseUrl = baseUrl }, environment == "Development");

        Assert.NotNull(message);
        Assert.Contains("Addin:PublicBaseUrl", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("https://minutes.example.gov.tw", false)]
    [InlineData("https://minutes.example.gov.tw/", false)]
    [InlineData("http://localhost:5080", true)]
    public void Good_settings_pass(string baseUrl, bool development) =>
        Assert.Null(AddinManifest.Check(new AddinOptions { PublicBaseUrl = baseUrl, ManifestId = Environment.ManifestId, ManifestVersion = "2.0" }, development));

    [Theory]
    [InlineData("not-a-guid", "", "GUID")]
    [InlineData("", "1.0.0.0.0", "1.0.1.0")]
    public void A_bad_manifest_id_or_version_is_refused(string id, string version, string expected)
    {
        var message = AddinManifest.Check(new AddinOptions { PublicBaseUrl = Environment.PublicBaseUrl, ManifestId = id, ManifestVersion = version }, development: false);

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    /// <summary>The width and height of a PNG under wwwroot, read from its IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(string url)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.WebRoot, new Uri(url).AbsolutePath.TrimStart('/')));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    private static string Value(XElement root, string element) => root.Element(App + element)!.Value.Trim();
}
