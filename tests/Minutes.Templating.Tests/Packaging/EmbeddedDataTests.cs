using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>Embedded data: the part a render stores and reads back unchanged.</summary>
public sealed class EmbeddedDataTests
{
    private static Dictionary<string, object?> Globals() => new() { ["meeting"] = new TestMeeting("會議室", "主席", []) };

    [Fact]
    public void EmbeddedDataIsExtractedUnchanged()
    {
        const string data = "{\"meeting\":{\"location\":\"本府第一會議室\",\"note\":\"<&>\\n\"}}";
        var template = TestTemplates.Compile(new TestDocx { Body = Para("{{ meeting.location }}") });

        var output = TestTemplates.Render(template, Globals(), new RenderOptions { EmbeddedData = data });

        Assert.Equal(data, EmbeddedData.Extract(new MemoryStream(output), PackageLimits.Default));
        Assert.Null(EmbeddedData.Extract(new MemoryStream(TestTemplates.Render(template, Globals())), PackageLimits.Default));
    }

    [Theory]
    [InlineData("{\"name\":\"會報\"}")]
    [InlineData("{\"text\":\"a < b && c > d\"}")]
    [InlineData("")]
    public void Streamed_data_part_equals_the_built_one(string json)
    {
        using var streamed = new MemoryStream();

        EmbeddedDataSlot.WriteItem(streamed, s => s.Write(Encoding.UTF8.GetBytes(json), 0, Encoding.UTF8.GetByteCount(json)));

        Assert.Equal(Encoding.UTF8.GetString(EmbeddedDataSlot.BuildItem(json)), Encoding.UTF8.GetString(streamed.ToArray()));
    }

    private const string ContentTypes = "[Content_Types].xml";
    private const string DocumentRelationships = "word/_rels/document.xml.rels";
    private const string OldData = "<data xmlns=\"urn:minutes-templating:data:v1\">{\"old\":true}</data>";
    private const string Bibliography = "<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"/>";
    private const string PropsOne = "<ds:datastoreItem ds:itemID=\"{5B0C3E8A-7F1D-4C2B-9A6E-3D4F5A6B7C8D}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"/>";
    private const string ItemRelationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" Target=\"itemProps1.xml\"/></Relationships>";
    private const string PropsOverride = "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>";
    private const string ItemLink = "<Relationship Id=\"rIdMinutesData\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\" Target=\"../customXml/item1.xml\"/>";

    /// <summary>Templates whose custom XML parts, content types or relationships stand where a render would put its data.</summary>
    public static TheoryData<string, string[]> Collisions => new()
    {
        { "a bibliography in item1", ["customXml/item1.xml", Bibliography, "customXml/itemProps1.xml", PropsOne, "customXml/_rels/item1.xml.rels", ItemRelationships, ContentTypes, PropsOverride, DocumentRelationships, ItemLink] },
        { "item relationships without their item", ["customXml/_rels/item1.xml.rels", ItemRelationships] },
        { "a content-type override for a missing part", [ContentTypes, PropsOverride] },
        { "our relationship id taken by a hyperlink", [DocumentRelationships, "<Relationship Id=\"rIdMinutesData\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>"] },
        { "the data of an earlier render", ["customXml/item1.xml", OldData, "customXml/itemProps1.xml", PropsOne, "customXml/_rels/item1.xml.rels", ItemRelationships, ContentTypes, PropsOverride, DocumentRelationships, ItemLink] },
        { "data under another name, unregistered", ["customXml/item7.xml", OldData] },
    };

    /// <summary>The template with <paramref name="changes"/>: pairs of an entry name and either its content or, for content types and relationships, an element to add.</summary>
    private static byte[] WithChanges(string[] changes)
    {
        var source = new ZipArchive(new MemoryStream(new TestDocx { Body = Para("{{ meeting.location }}") }.Build()));
        var contents = source.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        for (var i = 0; i < changes.Length; i += 2)
        {
            var (name, content) = (changes[i], changes[i + 1]);
            contents[name] = name == ContentTypes ? contents[name].Replace("</Types>", content + "</Types>")
                : name == DocumentRelationships ? contents[name].Replace("</Relationships>", content + "</Relationships>")
                : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + content;
        }

        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in contents)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public void DataPartTakesFreeNamesAndExtractFindsIt(string collision, string[] changes)
    {
        const string data = "{\"new\":true}";
        var template = new TemplateRenderer(Minutes.Templating.Compilation.TemplateCompiler.Compile(new MemoryStream(WithChanges(changes)), "t.docx"));

        var output = TestTemplates.Render(template, Globals(), new RenderOptions { EmbeddedData = data });

        Assert.Equal(data, EmbeddedData.Extract(new MemoryStream(output), PackageLimits.Default));
        using var zip = new ZipArchive(new MemoryStream(output));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.True(names.Count == names.Distinct(System.StringComparer.OrdinalIgnoreCase).Count(), collision + ": " + string.Join(", ", names));
        var overrides = XDocument.Load(zip.GetEntry(ContentTypes)!.Open()).Root!.Elements().Select(e => (string?)e.Attribute("PartName")).Where(n => n is not null).ToList();
        Assert.Equal(overrides.Count, overrides.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        var relationshipIds = XDocument.Load(zip.GetEntry(DocumentRelationships)!.Open()).Root!.Elements().Select(e => (string)e.Attribute("Id")!).ToList();
        Assert.Equal(relationshipIds.Count, relationshipIds.Distinct().Count());
        var customXml = names.Where(n => n.StartsWith("customXml/item", System.StringComparison.Ordinal)).Select(n => XDocument.Load(zip.GetEntry(n)!.Open()).Root!.Name.LocalName).ToList();
        Assert.Single(customXml, "data");
        Assert.Equal(changes.Contains(Bibliography), customXml.Contains("Sources"));
    }
}
