using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Where a render stores embedded data: a free <c>customXml/itemN.xml</c> name with its
/// properties part, and the content types and main-document relationships prepared at compile
/// time with the new parts already registered.
/// </summary>
internal sealed class EmbeddedDataSlot
{
    private const string ItemId = "{5B0C3E8A-7F1D-4C2B-9A6E-3D4F5A6B7C8D}";

    private static readonly byte[] ItemStart = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><data xmlns=\"{EmbeddedData.Namespace}\">");
    private static readonly byte[] ItemEnd = Encoding.UTF8.GetBytes("</data>");

    private EmbeddedDataSlot(string itemName, string propertiesName, string itemRelationshipsName, IReadOnlyDictionary<string, byte[]> replacedEntries, IReadOnlyCollection<string> removedEntries)
    {
        RemovedEntries = removedEntries;
        ItemName = itemName;
        PropertiesName = propertiesName;
        ItemRelationshipsName = itemRelationshipsName;
        ReplacedEntries = replacedEntries;
    }

    /// <summary>The entry name of the data part, such as <c>customXml/item1.xml</c>.</summary>
    public string ItemName { get; }

    /// <summary>The entry name of its properties part.</summary>
    public string PropertiesName { get; }

    /// <summary>The entry name of the data part's relationships.</summary>
    public string ItemRelationshipsName { get; }

    /// <summary>Entries whose content differs when data is embedded: content types and the main document's relationships.</summary>
    public IReadOnlyDictionary<string, byte[]> ReplacedEntries { get; }

    /// <summary>
    /// Prepares the slot for a template package. The name, relationship id and content-type entry
    /// chosen are free in the template (no entry, override, relationship target or item
    /// relationships part uses them). Data parts the template already holds (it was made from a
    /// rendered document) are left out of renders that embed data, with their properties,
    /// relationships and registrations, so that extracting finds only the new data.
    /// </summary>
    public static EmbeddedDataSlot Prepare(IReadOnlyList<PackageEntry> entries, string mainDocumentName, string fileName)
    {
        var ct = OpenXmlNames.ContentTypesNs;
        var rel = OpenXmlNames.RelationshipsNs;
        var contentTypesEntry = entries.First(e => e.Name == "[Content_Types].xml");
        var contentTypes = SafeXml.Load(contentTypesEntry.Data, fileName, contentTypesEntry.Name);
        var typesRoot = contentTypes.Root!;
        var relationshipsName = RelationshipsNameOf(mainDocumentName);
        var relationshipsEntry = entries.FirstOrDefault(e => e.Name == relationshipsName);
        var relationships = relationshipsEntry is null
            ? new XDocument(new XElement(rel + "Relationships"))
            : SafeXml.Load(relationshipsEntry.Data, fileName, relationshipsName);

        var removed = StaleDataParts(entries, fileName);
        var used = new HashSet<string>(entries.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);
        used.UnionWith(typesRoot.Elements(ct + "Override").Select(o => ((string?)o.Attribute("PartName") ?? "").TrimStart('/')));
        used.UnionWith(relationships.Root!.Elements(rel + "Relationship").Select(r => ResolveTarget(mainDocumentName, (string?)r.Attribute("Target") ?? "")));
        var index = 1;
        while (used.Contains($"customXml/item{index}.xml") || used.Contains($"customXml/itemProps{index}.xml") || used.Contains($"customXml/_rels/item{index}.xml.rels"))
        {
            index++;
        }

        var itemName = $"customXml/item{index}.xml";
        var propertiesName = $"customXml/itemProps{index}.xml";
        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        typesRoot.Elements(ct + "Override").Where(o => removed.Contains(((string?)o.Attribute("PartName") ?? "").TrimStart('/'))).Remove();
        typesRoot.Add(new XElement(ct + "Override", new XAttribute("PartName", "/" + propertiesName), new XAttribute("ContentType", OpenXmlNames.CustomXmlPropertiesContentType)));
        if (!typesRoot.Elements(ct + "Default").Any(d => string.Equals((string?)d.Attribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase)))
        {
            typesRoot.Add(new XElement(ct + "Override", new XAttribute("PartName", "/" + itemName), new XAttribute("ContentType", "application/xml")));
        }

        replaced[contentTypesEntry.Name] = SafeXml.Save(contentTypes);

        relationships.Root.Elements(rel + "Relationship")
            .Where(r => (string?)r.Attribute("TargetMode") != "External" && removed.Contains(ResolveTarget(mainDocumentName, (string?)r.Attribute("Target") ?? "")))
            .Remove();
        var ids = new HashSet<string>(relationships.Root.Elements(rel + "Relationship").Select(r => (string?)r.Attribute("Id") ?? ""), StringComparer.Ordinal);
        var id = "rIdMinutesData";
        while (ids.Contains(id))
        {
            id += "1";
        }

        relationships.Root.Add(new XElement(
            rel + "Relationship",
            new XAttribute("Id", id),
            new XAttribute("Type", OpenXmlNames.CustomXmlRelationship),
            new XAttribute("Target", RelativeTarget(mainDocumentName, itemName))));
        replaced[relationshipsName] = SafeXml.Save(relationships);

        return new EmbeddedDataSlot(itemName, propertiesName, $"customXml/_rels/item{index}.xml.rels", replaced, removed);
    }

    /// <summary>Entries left out when data is embedded: the template's own data parts (root <c>data</c> in <see cref="EmbeddedData.Namespace"/>), their relationships and the properties parts these point to.</summary>
    public IReadOnlyCollection<string> RemovedEntries { get; }

    private static HashSet<string> StaleDataParts(IReadOnlyList<PackageEntry> entries, string fileName)
    {
        var removed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byName = entries.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => e.Name.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase)
            && e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.Name.IndexOf("/_rels/", StringComparison.Ordinal) < 0))
        {
            if (SafeXml.Load(entry.Data, fileName, entry.Name).Root?.Name != EmbeddedData.Root)
            {
                continue;
            }

            removed.Add(entry.Name);
            var relationshipsName = RelationshipsNameOf(entry.Name);
            if (byName.TryGetValue(relationshipsName, out var relationships))
            {
                removed.Add(relationships.Name);
                foreach (var target in SafeXml.Load(relationships.Data, fileName, relationships.Name).Root!.Elements(OpenXmlNames.RelationshipsNs + "Relationship")
                    .Where(r => (string?)r.Attribute("TargetMode") != "External"))
                {
                    removed.Add(ResolveTarget(entry.Name, (string?)target.Attribute("Target") ?? ""));
                }
            }
        }

        return removed;
    }

    /// <summary>The part name a relationship target of <paramref name="sourcePart"/> names, <c>..</c> resolved.</summary>
    private static string ResolveTarget(string sourcePart, string target)
    {
        if (target.StartsWith("/", StringComparison.Ordinal))
        {
            return target.TrimStart('/');
        }

        var segments = sourcePart.Split('/').ToList();
        segments.RemoveAt(segments.Count - 1);
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    /// <summary>The data part holding <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The data holds characters XML cannot store.</exception>
    public static byte[] BuildItem(string data)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("data", EmbeddedData.Namespace);
            writer.WriteString(data);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the data part with its text streamed by <paramref name="writeText"/> as UTF-8, escaped as
    /// it passes: the same bytes as <see cref="BuildItem"/> for text that needs no other escaping
    /// (such as JSON, which escapes control characters itself).
    /// </summary>
    public static void WriteItem(Stream output, Action<Stream> writeText)
    {
        output.Write(ItemStart, 0, ItemStart.Length);
        writeText(new XmlTextStream(output));
        output.Write(ItemEnd, 0, ItemEnd.Length);
    }

    /// <summary>The properties part of the data part.</summary>
    public static byte[] BuildProperties() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n"
        + $"<ds:datastoreItem ds:itemID=\"{ItemId}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
        + $"<ds:schemaRefs><ds:schemaRef ds:uri=\"{EmbeddedData.Namespace}\"/></ds:schemaRefs></ds:datastoreItem>");

    /// <summary>The relationships of the data part, pointing at its properties.</summary>
    public byte[] BuildItemRelationships() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + $"<Relationships xmlns=\"{OpenXmlNames.RelationshipsNs.NamespaceName}\">"
        + $"<Relationship Id=\"rId1\" Type=\"{OpenXmlNames.CustomXmlPropertiesRelationship}\" Target=\"{PropertiesName.Substring("customXml/".Length)}\"/>"
        + "</Relationships>");

    /// <summary>The relationships part name of a part, such as <c>word/_rels/document.xml.rels</c>.</summary>
    public static string RelationshipsNameOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        var folder = slash < 0 ? "" : partName.Substring(0, slash + 1);
        return folder + "_rels/" + partName.Remove(0, slash + 1) + ".rels";
    }

    private static string RelativeTarget(string fromPart, string toPart)
    {
        var depth = fromPart.Count(c => c == '/');
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("../");
        }

        return builder.Append(toPart).ToString();
    }
}
