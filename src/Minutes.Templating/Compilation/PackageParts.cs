using Minutes.Templating.Diagnostics;
using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>The parts of a .docx package the engine works on, found through its relationships and content types.</summary>
internal sealed class PackageParts
{
    private static readonly (string Suffix, bool IsMain)[] TemplatedTypes =
    [
        (".document.main+xml", true),
        ("wordprocessingml.header+xml", false),
        ("wordprocessingml.footer+xml", false),
        ("wordprocessingml.footnotes+xml", false),
        ("wordprocessingml.endnotes+xml", false),
    ];

    private PackageParts(string mainDocument, IReadOnlyDictionary<string, string> templated, string? numbering)
    {
        MainDocument = mainDocument;
        Templated = templated;
        Numbering = numbering;
    }

    /// <summary>The entry name of the main document part.</summary>
    public string MainDocument { get; }

    /// <summary>Entry names of the parts that may hold tags, each with its label (body, header1 …).</summary>
    public IReadOnlyDictionary<string, string> Templated { get; }

    /// <summary>The entry name of the numbering part, when there is one.</summary>
    public string? Numbering { get; }

    /// <summary>Finds the parts.</summary>
    /// <exception cref="TemplateException">The package is not a Word document.</exception>
    public static PackageParts Find(IReadOnlyList<PackageEntry> entries, string fileName)
    {
        var byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        if (!byName.TryGetValue("[Content_Types].xml", out var contentTypesEntry) || !byName.TryGetValue("_rels/.rels", out var packageRelsEntry))
        {
            throw NotWord(fileName);
        }

        var packageRels = SafeXml.Load(packageRelsEntry.Data, fileName, packageRelsEntry.Name);
        var mainTarget = packageRels.Root?.Elements(OpenXmlNames.RelationshipsNs + "Relationship")
            .Where(r => (string?)r.Attribute("Type") == OpenXmlNames.MainDocumentRelationship && (string?)r.Attribute("TargetMode") != "External")
            .Select(r => ((string?)r.Attribute("Target") ?? "").TrimStart('/'))
            .FirstOrDefault();
        if (mainTarget is null && packageRels.Root?.Elements(OpenXmlNames.RelationshipsNs + "Relationship")
            .Any(r => (string?)r.Attribute("Type") == StrictMainDocumentRelationship) == true)
        {
            throw Refused(
                fileName,
                "這是 Strict Open XML 格式的文件，引擎不支援：請在 Word 用「另存新檔」存成「Word 文件 (*.docx)」",
                "this is a Strict Open XML document, which the engine does not support: in Word, use Save As and choose Word Document (*.docx)");
        }

        if (mainTarget is null || !byName.ContainsKey(mainTarget))
        {
            throw NotWord(fileName);
        }

        var macros = entries.FirstOrDefault(e => e.Name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        if (macros is not null)
        {
            throw Refused(
                $"{fileName}/{macros.Name}",
                "範本含有巨集（VBA），不能產生 .docx：請在 Word 用「另存新檔」存成不含巨集的「Word 文件 (*.docx)」",
                "the template holds macros (VBA) and cannot produce a .docx: in Word, use Save As and choose Word Document (*.docx), which has no macros");
        }

        var contentTypes = SafeXml.Load(contentTypesEntry.Data, fileName, contentTypesEntry.Name);
        var templated = new Dictionary<string, string>(StringComparer.Ordinal);
        string? numbering = null;
        foreach (var item in contentTypes.Root!.Elements(OpenXmlNames.ContentTypesNs + "Override"))
        {
            var name = ((string?)item.Attribute("PartName") ?? "").TrimStart('/');
            var type = (string?)item.Attribute("ContentType") ?? "";
            if (!byName.ContainsKey(name))
            {
                continue;
            }

            if (type.EndsWith("wordprocessingml.numbering+xml", StringComparison.Ordinal))
            {
                numbering = name;
            }

            foreach (var (suffix, isMain) in TemplatedTypes)
            {
                if (type.EndsWith(suffix, StringComparison.Ordinal) && (!isMain || name == mainTarget))
                {
                    templated[name] = isMain ? "body" : LabelOf(name);
                }
            }
        }

        if (!templated.ContainsKey(mainTarget))
        {
            var mainType = contentTypes.Root.Elements(OpenXmlNames.ContentTypesNs + "Override")
                .Where(o => ((string?)o.Attribute("PartName") ?? "").TrimStart('/') == mainTarget)
                .Select(o => (string?)o.Attribute("ContentType") ?? "")
                .FirstOrDefault() ?? "";
            if (mainType.Contains("macroEnabled") || mainType.EndsWith(".template.main+xml", StringComparison.Ordinal))
            {
                throw Refused(
                    $"{fileName}/{mainTarget}",
                    $"主文件的內容類型是 {mainType}（啟用巨集的文件或 Word 範本 .dotx/.dotm），不能產生 .docx：請在 Word 用「另存新檔」存成「Word 文件 (*.docx)」",
                    $"the main document's content type is {mainType} (a macro-enabled document or a Word template, .dotx/.dotm), which cannot produce a .docx: in Word, use Save As and choose Word Document (*.docx)");
            }

            throw NotWord(fileName);
        }

        return new PackageParts(mainTarget, templated, numbering);
    }

    private static string LabelOf(string name)
    {
        var file = name.Substring(name.LastIndexOf('/') + 1);
        var dot = file.LastIndexOf('.');
        return dot < 0 ? file : file.Substring(0, dot);
    }

    private const string StrictMainDocumentRelationship = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private static TemplateException Refused(string path, string zh, string en) => new([PackageDiagnostics.AtFile(path, zh, en)]);

    private static TemplateException NotWord(string fileName) => new(
        [PackageDiagnostics.AtFile(fileName, "不是 Word 文件：找不到主文件部分", "not a Word document: the main document part is missing")]);
}
