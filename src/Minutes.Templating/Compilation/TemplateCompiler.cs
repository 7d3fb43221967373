using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Compiles a Word (.docx) template with Scriban tags once, for any number of renders. Tags are
/// typed in Word as ordinary text: <c>{{ meeting.location }}</c> writes a value with the
/// formatting of the run it starts in; <c>{{ for … }}</c>, <c>{{ if … }}</c>, <c>{{ else }}</c>
/// and <c>{{ end }}</c> alone in a paragraph (or table row) repeat or drop whole paragraphs (or
/// rows). Tags work in the body, headers, footers, footnotes and endnotes.
/// </summary>
internal static class TemplateCompiler
{
    /// <summary>Compiles a template from a stream; includes come only from <see cref="TemplateOptions.Includes"/>.</summary>
    /// <param name="docx">The .docx package; read from its current position and left open.</param>
    /// <param name="templateName">The name used in messages, usually the file name.</param>
    /// <param name="options">Limits and extra functions; null for <see cref="TemplateOptions.Default"/>.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The package is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static CompiledTemplate Compile(Stream docx, string templateName, TemplateOptions? options = null)
    {
        _ = docx ?? throw new ArgumentNullException(nameof(docx));

        options ??= TemplateOptions.Default;
        return Compile(docx, templateName, options, options.Includes is null ? null : new DictionaryTemplateLoader(options.Includes, options.MaxTags));
    }

    /// <summary>Compiles a template file. <c>{{ include "name" }}</c> reads files from the template's own folder
    /// unless <see cref="TemplateOptions.Includes"/> is given.</summary>
    /// <param name="path">The .docx file.</param>
    /// <param name="options">Limits and extra functions; null for <see cref="TemplateOptions.Default"/>.</param>
    /// <returns>The compiled template, named after the file.</returns>
    /// <exception cref="TemplateException">The package is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static CompiledTemplate Load(string path, TemplateOptions? options = null)
    {
        options ??= TemplateOptions.Default;
        var fullPath = Path.GetFullPath(path);
        ITemplateLoader loader = options.Includes is null
            ? new FolderTemplateLoader(Path.GetDirectoryName(fullPath)!, options.PackageLimits, options.MaxTags)
            : new DictionaryTemplateLoader(options.Includes, options.MaxTags);
        using var stream = OpenPackage(fullPath, e => ($"無法開啟範本檔：{e.Message}", $"cannot open the template file: {e.Message}"));
        return Compile(stream, Path.GetFileName(fullPath), options, loader);
    }

    /// <summary>
    /// Opens a package file for reading. A symbolic link loop, a file without read permission or
    /// a vanished file becomes a <c>template-package</c> diagnostic at the file, in the words
    /// <paramref name="describe"/> gives: the clerk gets the system's reason, never a stack trace.
    /// </summary>
    /// <exception cref="TemplateException">The file cannot be opened.</exception>
    internal static FileStream OpenPackage(string path, Func<Exception, (string Zh, string En)> describe)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (zh, en) = describe(e);
            throw new TemplateException([TemplateDiagnostics.AtFile(DiagnosticRules.TemplatePackage, Path.GetFileName(path), zh, en)], e);
        }
    }

    private static CompiledTemplate Compile(Stream docx, string templateName, TemplateOptions options, ITemplateLoader? loader)
    {
        var entries = PackageReader.Read(docx, templateName, options.PackageLimits);
        ExternalRelationships.Check(entries, templateName);
        var parts = PackageParts.Find(entries, templateName);
        CheckUntemplatedXml(entries, parts, templateName);
        var diagnostics = new List<Diagnostic>();
        var compiled = new Dictionary<string, CompiledPart>(StringComparer.Ordinal);
        var usesRestart = false;
        var texts = new LiteralTexts();
        var tags = 0;
        foreach (var entry in entries)
        {
            if (!parts.Templated.TryGetValue(entry.Name, out var label))
            {
                continue;
            }

            var document = SafeXml.Load(entry.Data, templateName, entry.Name);
            RunNormalizer.Normalize(document);
            var translated = PartTranslator.Translate(templateName, label, document, texts, options.MaxTags - tags);
            tags += translated.TagCount;
            diagnostics.AddRange(translated.Diagnostics);
            var template = Template.Parse(translated.Code, label);
            diagnostics.AddRange(ParseDiagnostics(template, translated, templateName, label));
            if (!template.HasErrors && options.GlobalTypes is not null)
            {
                diagnostics.AddRange(MemberChecker.Check(template, translated, templateName, options.GlobalTypes));
            }
            usesRestart |= translated.Code.Contains(PartTranslator.NumberingFunction);
            compiled[entry.Name] = new CompiledPart(entry.Name, label, template, translated.Map, PartTranslator.WordPrefixOf(document));
        }

        if (diagnostics.Count > 0)
        {
            throw new TemplateException(diagnostics);
        }

        NumberingDefinitions? numbering = null;
        if (usesRestart && parts.Numbering is not null)
        {
            var numberingEntry = entries.First(e => e.Name == parts.Numbering);
            numbering = NumberingDefinitions.Read(numberingEntry.Name, SafeXml.Load(numberingEntry.Data, templateName, numberingEntry.Name));
        }

        var slot = EmbeddedDataSlot.Prepare(entries, parts.MainDocument, templateName);
        return new CompiledTemplate(templateName, entries, compiled, texts, numbering, slot, options, loader);
    }

    /// <summary>
    /// Reads every XML part the engine copies without templating (styles, settings, relationships,
    /// custom XML …) once with the safe reader, without building it, so a DTD, an external entity,
    /// invalid UTF-8, malformed XML or nesting past the depth limit is refused at compile time
    /// instead of being passed into the output.
    /// </summary>
    private static void CheckUntemplatedXml(IReadOnlyList<PackageEntry> entries, PackageParts parts, string templateName)
    {
        foreach (var entry in entries)
        {
            if (!parts.Templated.ContainsKey(entry.Name)
                && (entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                SafeXml.Check(entry.Data, templateName, entry.Name);
            }
        }
    }

    /// <summary>
    /// Scriban's parse errors, one per tag. When the block check already reported unmatched
    /// blocks, Scriban's own messages about a missing or extra <c>end</c> (placed at the end of
    /// the part) are left out: the block check names the tag itself.
    /// </summary>
    private static IEnumerable<Diagnostic> ParseDiagnostics(Template template, TranslatedPart translated, string templateName, string label)
    {
        if (!template.HasErrors)
        {
            yield break;
        }

        var reportedTags = new HashSet<int>();
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            if (translated.Diagnostics.Count > 0 && message.Message.Contains("<end>"))
            {
                continue;
            }

            var location = translated.Map.Find(message.Span.Start.Offset);
            if (location is null)
            {
                yield return TemplateDiagnostics.AtFile(DiagnosticRules.TemplateSyntax, $"{templateName}/{label}", "範本語法錯誤：" + message.Message, "template syntax error: " + message.Message);
                continue;
            }

            if (reportedTags.Add(translated.Map.IndexOf(message.Span.Start.Offset)))
            {
                yield return TemplateDiagnostics.AtTag(DiagnosticRules.TemplateSyntax, templateName, location, "範本語法錯誤：" + message.Message, "template syntax error: " + message.Message);
            }
        }
    }
}
