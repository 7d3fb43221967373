using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Minutes.Templating.BuiltIn;

/// <summary>
/// The official templates shipped in the library: 會議紀錄, 開會通知單 and 簽到表. Their sources
/// live unzipped under <c>templates/</c> in the repository, are embedded file by file, and are
/// packed into a .docx here, so the library works with no files beside it.
/// </summary>
public static class BuiltInTemplates
{
    private const string ResourcePrefix = "templates/";

    /// <summary>Every built-in template, in the order of a meeting's life.</summary>
    public static IReadOnlyList<BuiltInTemplate> All { get; } = new[]
    {
        new BuiltInTemplate("notice", "開會通知單", "Meeting notice with its fields in the official order."),
        new BuiltInTemplate("sign-in", "簽到表", "Sign-in sheet: 出席 and 列席 tables, one row per person, 請假 marked, blank rows for walk-ins."),
        new BuiltInTemplate("minutes", "會議紀錄", "The minutes, in the official layout."),
    };

    /// <summary>Finds a built-in template by name.</summary>
    /// <param name="name">The template's name, such as <c>minutes</c>.</param>
    /// <returns>The template, or null when no built-in template has that name.</returns>
    public static BuiltInTemplate? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Packs the named built-in template into a .docx.</summary>
    /// <param name="name">The template's name, such as <c>minutes</c>.</param>
    /// <returns>A readable stream positioned at the start of the .docx.</returns>
    /// <exception cref="ArgumentException">No built-in template has that name.</exception>
    public static Stream Open(string name)
    {
        Get(name);
        var assembly = typeof(BuiltInTemplates).Assembly;
        var prefix = $"{ResourcePrefix}{name}/";
        // Resource names carry the build machine's path separator (RecursiveDir).
        var parts = assembly.GetManifestResourceNames()
            .Where(r => r.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.EndsWith("[Content_Types].xml", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(r => r, StringComparer.Ordinal);
        var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var resource in parts)
            {
                var entry = zip.CreateEntry(resource.Replace('\\', '/').Substring(prefix.Length), CompressionLevel.Fastest);
                using var source = assembly.GetManifestResourceStream(resource)!;
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }

        package.Position = 0;
        return package;
    }

    /// <summary>Finds a built-in template by name.</summary>
    /// <param name="name">The template's name, such as <c>minutes</c>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException">No built-in template has that name.</exception>
    public static BuiltInTemplate Get(string name) => Find(name) ?? throw new ArgumentException(
        $"沒有名為「{name}」的內建範本；可用：{string.Join(", ", All.Select(t => t.Name))} (no built-in template named '{name}')",
        nameof(name));
}
