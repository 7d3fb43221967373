using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Minutes.Addin.Tests;

/// <summary>
/// Checks addin/manifest.xml offline against the rules of the published add-in manifest schema
/// (OfficeAppManifestV1_1.xsd with TaskPaneAppVersionOverridesV1_0.xsd and
/// OfficeAppBasicTypesV1_0.xsd). No npm package ships those XSDs, so the rules the manifest relies
/// on are written down here: element order and cardinality of TaskPaneApp, the simple types
/// (UUID, Version, CultureName, string lengths, permissions), and that every resid resolves.
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

    private static readonly XDocument Manifest = XDocument.Load(RepositoryPaths.Manifest);

    private static XElement Root => Manifest.Root!;

    [Fact]
    public void Root_is_a_task_pane_app()
    {
        Assert.Equal(App + "OfficeApp", Root.Name);
        Assert.Equal("TaskPaneApp", (string?)Root.Attribute(Xsi + "type"));
    }

    [Fact]
    public void Elements_follow_the_schema_sequence()
    {
        var names = Root.Elements().Select(e => e.Name.LocalName).ToList();
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

    [Fact]
    public void Simple_types_match_the_schema()
    {
        Assert.Matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", Value("Id"));
        Assert.Matches(@"^([0-9]{1,5})(\.[0-9]{1,5}){0,3}$", Value("Version"));
        Assert.InRange(Value("ProviderName").Length, 1, 125);
        Assert.Matches("^[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}$|^[a-zA-Z]{2,3}(-[a-zA-Z]{2,3})?$", Value("DefaultLocale"));
        Assert.Equal("ReadWriteDocument", Value("Permissions"));
        Assert.Equal(["Document"], Root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string?)h.Attribute("Name")));
    }

    [Theory]
    [InlineData("DisplayName", 125, "會議紀錄小幫手")]
    [InlineData("Description", 250, null)]
    public void Display_texts_have_a_traditional_chinese_override(string element, int maxLength, string? expectedZh)
    {
        var setting = Root.Element(App + element)!;
        var zh = setting.Elements(App + "Override").Single(o => (string?)o.Attribute("Locale") == "zh-TW");

        Assert.InRange(((string)setting.Attribute("DefaultValue")!).Length, 1, maxLength);
        Assert.InRange(((string)zh.Attribute("Value")!).Length, 1, maxLength);
        if (expectedZh is not null)
        {
            Assert.Equal(expectedZh, (string?)zh.Attribute("Value"));
        }
    }

    [Fact]
    public void Source_location_is_the_service_task_pane()
    {
        var source = new Uri((string)Root.Element(App + "DefaultSettings")!.Element(App + "SourceLocation")!.Attribute("DefaultValue")!);

        Assert.Equal(("https", "/taskpane.html"), (source.Scheme, source.AbsolutePath));
    }

    [Fact]
    public void Every_url_is_https_on_the_service_and_every_icon_is_served()
    {
        var urls = Manifest.Descendants()
            .SelectMany(e => e.Attributes("DefaultValue"))
            .Select(a => a.Value)
            .Where(v => v.StartsWith("http", StringComparison.Ordinal))
            .Select(v => new Uri(v))
            .ToList();
        var origin = urls[0].GetLeftPart(UriPartial.Authority);

        Assert.All(urls, url => Assert.Equal(origin, url.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(origin, Value("AppDomains"));
        foreach (var icon in urls.Where(u => u.AbsolutePath.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, icon.AbsolutePath.TrimStart('/'))), icon.ToString());
        }
    }

    [Fact]
    public void Version_overrides_have_a_ribbon_button_that_shows_the_task_pane()
    {
        var versionOverrides = Root.Element(Overrides + "VersionOverrides")!;
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

    [Fact]
    public void Every_resid_resolves_to_a_resource_of_the_right_kind()
    {
        var resources = Root.Element(Overrides + "VersionOverrides")!.Element(Overrides + "Resources")!;
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

        var references = Root.Descendants().Where(e => e.Attribute("resid") is not null).ToList();
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

    [Fact]
    public void Ribbon_labels_are_translated_to_traditional_chinese()
    {
        var strings = Root.Descendants(BasicTypes + "String").ToList();

        Assert.NotEmpty(strings);
        Assert.All(strings, s => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)s.Elements(BasicTypes + "Override").Single(o => (string?)o.Attribute("Locale") == "zh-TW").Attribute("Value")!));
    }

    [Fact]
    public void Icons_have_the_sizes_Word_on_the_web_and_Windows_ask_for()
    {
        // IconUrl 32×32 and HighResolutionIconUrl 64×64 (the add-in list and high-DPI screens); each
        // ribbon image as large as its size attribute says.
        Assert.Equal((32, 32), PngSize((string)Root.Element(App + "IconUrl")!.Attribute("DefaultValue")!));
        Assert.Equal((64, 64), PngSize((string)Root.Element(App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!));
        var images = Root.Descendants(BasicTypes + "Images").Single().Elements(BasicTypes + "Image").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("DefaultValue")!);
        foreach (var reference in Root.Descendants(BasicTypes + "Image").Where(i => i.Attribute("size") is not null))
        {
            var size = int.Parse((string)reference.Attribute("size")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((size, size), PngSize(images[(string)reference.Attribute("resid")!]));
        }
    }

    [Fact]
    public void The_support_url_is_a_served_support_page_not_the_task_pane()
    {
        var support = new Uri((string)Root.Element(App + "SupportUrl")!.Attribute("DefaultValue")!);

        Assert.Equal("/support.html", support.AbsolutePath);
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.TaskPane, "src", "support.html"));
        Assert.Contains("會議紀錄小幫手", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "support.html")), "support.html is not built. " + RepositoryPaths.InstallHint);
    }

    [Fact]
    public void Word_on_the_web_and_Windows_can_load_it()
    {
        // Both read the Document host's DesktopFormFactor; a requirement set only the desktop has
        // (WordApiDesktop, WordApiHiddenDocument) would hide the add-in on the web. The task pane's
        // own calls are held against the WordApi version in TaskPaneBrowserTests.
        Assert.Equal("Document", (string?)Root.Descendants(Overrides + "Host").Single().Attribute(Xsi + "type"));
        var sets = Root.Element(App + "Requirements")!.Element(App + "Sets")!.Elements(App + "Set").ToList();
        Assert.Equal(["WordApi"], sets.Select(s => (string?)s.Attribute("Name")));
        Assert.True(new FileInfo(RepositoryPaths.Manifest).Length < 256 * 1024, "Office refuses manifests over 256 KB");
    }

    /// <summary>The width and height of a PNG under wwwroot, read from its IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(string url)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.WebRoot, new Uri(url).AbsolutePath.TrimStart('/')));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    private static string Value(string element) => Root.Element(App + element)!.Value.Trim();
}
