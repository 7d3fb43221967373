using System;
using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Refuses templates whose relationships point outside the package (<c>TargetMode="External"</c>),
/// such as an attached template on <c>file://</c> or an image on a web server: every document
/// rendered would make Word fetch it when opened. Hyperlinks to http, https and mailto
/// addresses are the exception, since Word follows them only when clicked.
/// </summary>
internal static class ExternalRelationships
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    /// <summary>Checks every relationships part of the package.</summary>
    /// <exception cref="TemplateException">Some relationship points outside the package; all are listed.</exception>
    public static void Check(IReadOnlyList<PackageEntry> entries, string templateName)
    {
        var found = new List<Diagnostic>();
        foreach (var entry in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            var relationships = SafeXml.Load(entry.Data, templateName, entry.Name).Root;
            foreach (var relationship in relationships?.Elements(OpenXmlNames.RelationshipsNs + "Relationship") ?? [])
            {
                if (!string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var type = (string?)relationship.Attribute("Type") ?? "";
                var target = (string?)relationship.Attribute("Target") ?? "";
                if (type.EndsWith("/hyperlink", StringComparison.Ordinal) && IsLink(target))
                {
                    continue;
                }

                var kind = type.Substring(type.LastIndexOf('/') + 1);
                found.Add(PackageDiagnostics.AtFile(
                    $"{templateName}/{entry.Name}",
                    $"範本含有指向外部的關聯（{kind}：{target}），開啟文件時會讀取外部資源，請移除；只允許 http、https、mailto 超連結",
                    $"the template holds an external relationship ({kind}: {target}) that Word would fetch when a document is opened; remove it (only http, https and mailto hyperlinks are allowed)"));
            }
        }

        if (found.Count > 0)
        {
            throw new TemplateException(found);
        }
    }

    private static bool IsLink(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && LinkSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
