using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Minutes.Templating.Compilation;

/// <summary>
/// A Word (.docx) template with Scriban tags, compiled once and rendered many times, also
/// concurrently. Tags are typed in Word as ordinary text: <c>{{ meeting.location }}</c> writes
/// a value with the formatting of the run it starts in; <c>{{ for … }}</c>, <c>{{ if … }}</c>,
/// <c>{{ else }}</c> and <c>{{ end }}</c> alone in a paragraph (or table row) repeat or drop
/// whole paragraphs (or rows). Tags work in the body, headers, footers, footnotes and endnotes.
/// </summary>
public sealed class DocxTemplate
{
    /// <summary>Small enough to stay off the large object heap, whose allocations force full collections.</summary>
    private const int WriterBufferChars = 8192;

    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();
    private static readonly Regex UnknownVariable = new("^The variable or function `(?<name>[^`]*)` was not found", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<PackageEntry> _entries;
    private readonly Dictionary<string, CompiledPart> _compiled;
    private readonly NumberingDefinitions? _numbering;
    private readonly EmbeddedDataSlot _dataSlot;
    private readonly TemplateOptions _options;
    private readonly ITemplateLoader? _loader;
    private readonly ConcurrentDictionary<CompressionLevel, PackedParts> _packed = new();

    private DocxTemplate(
        string name,
        IReadOnlyList<PackageEntry> entries,
        Dictionary<string, CompiledPart> compiled,
        NumberingDefinitions? numbering,
        EmbeddedDataSlot dataSlot,
        TemplateOptions options,
        ITemplateLoader? loader)
    {
        Name = name;
        _entries = entries;
        _compiled = compiled;
        _numbering = numbering;
        _dataSlot = dataSlot;
        _options = options;
        _loader = loader;
        Parts = entries.Where(e => compiled.ContainsKey(e.Name)).Select(e => compiled[e.Name].Label).ToList();
    }

    /// <summary>The template's name as given when compiling, used in every message.</summary>
    public string Name { get; }

    /// <summary>The labels of the parts that can hold tags, in package order: body, header1, footer1, footnotes …</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Compiles a template from a stream.</summary>
    /// <param name="docx">The .docx package; read from its current position and left open.</param>
    /// <param name="templateName">The name used in messages, usually the file name.</param>
    /// <param name="options">Limits and extra functions; null for <see cref="TemplateOptions.Default"/>.
    /// Includes come only from <see cref="TemplateOptions.Includes"/>.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The package is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static DocxTemplate Compile(Stream docx, string templateName, TemplateOptions? options = null)
    {
        _ = docx ?? throw new ArgumentNullException(nameof(docx));

        options ??= TemplateOptions.Default;
        return Compile(docx, templateName, options, options.Includes is null ? null : new DictionaryTemplateLoader(options.Includes));
    }

    /// <summary>Compiles a template file. <c>{{ include "name" }}</c> reads files from the template's own folder
    /// unless <see cref="TemplateOptions.Includes"/> is given.</summary>
    /// <param name="path">The .docx file.</param>
    /// <param name="options">Limits and extra functions; null for <see cref="TemplateOptions.Default"/>.</param>
    /// <returns>The compiled template, named after the file.</returns>
    /// <exception cref="TemplateException">The package is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static DocxTemplate Load(string path, TemplateOptions? options = null)
    {
        options ??= TemplateOptions.Default;
        var fullPath = Path.GetFullPath(path);
        ITemplateLoader loader = options.Includes is null
            ? new FolderTemplateLoader(Path.GetDirectoryName(fullPath)!)
            : new DictionaryTemplateLoader(options.Includes);
        using var stream = File.OpenRead(fullPath);
        return Compile(stream, Path.GetFileName(fullPath), options, loader);
    }

    private static DocxTemplate Compile(Stream docx, string templateName, TemplateOptions options, ITemplateLoader? loader)
    {
        var entries = PackageReader.Read(docx, templateName, options.MaxPackageEntries, options.MaxPackageBytes);
        ExternalRelationships.Check(entries, templateName);
        var parts = PackageParts.Find(entries, templateName);
        var diagnostics = new List<Diagnostic>();
        var compiled = new Dictionary<string, CompiledPart>(StringComparer.Ordinal);
        var usesRestart = false;
        foreach (var entry in entries)
        {
            if (!parts.Templated.TryGetValue(entry.Name, out var label))
            {
                continue;
            }

            var document = SafeXml.Load(entry.Data, templateName, entry.Name);
            RunNormalizer.Normalize(document);
            var translated = PartTranslator.Translate(templateName, label, document);
            diagnostics.AddRange(translated.Diagnostics);
            var template = Template.Parse(translated.Code, label);
            diagnostics.AddRange(ParseDiagnostics(template, translated, templateName, label));
            usesRestart |= translated.Code.Contains(PartTranslator.NumberingFunction);
            var prefix = document.Root?.GetPrefixOfNamespace(OpenXmlNames.W);
            compiled[entry.Name] = new CompiledPart(entry.Name, label, template, translated.Map, string.IsNullOrEmpty(prefix) ? "" : prefix + ":");
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
        return new DocxTemplate(templateName, entries, compiled, numbering, slot, options, loader);
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
                yield return TemplateDiagnostics.AtFile(TemplateDiagnostics.Syntax, $"{templateName}/{label}", "範本語法錯誤：" + message.Message, "template syntax error: " + message.Message);
                continue;
            }

            if (reportedTags.Add(translated.Map.IndexOf(message.Span.Start.Offset)))
            {
                yield return TemplateDiagnostics.AtTag(TemplateDiagnostics.Syntax, templateName, location, "範本語法錯誤：" + message.Message, "template syntax error: " + message.Message);
            }
        }
    }

    /// <summary>Renders the template into a new .docx written to <paramref name="output"/>.</summary>
    /// <param name="globals">The top-level names the tags read, such as <c>{"meeting": meeting}</c>. .NET
    /// objects are read through their public properties with snake_case names (<c>DefaultTitle</c> → <c>default_title</c>).</param>
    /// <param name="output">Receives the package; written from its current position and left open. On
    /// error it holds an incomplete package that must be discarded.</param>
    /// <param name="options">Embedded data, output limit and compression; null for <see cref="RenderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the render between parts and inside loops.</param>
    /// <exception cref="TemplateException">A tag failed: unknown variable or member, limit reached,
    /// a value with characters XML cannot hold …; the diagnostic names the part, paragraph and tag.</exception>
    public void Render(IReadOnlyDictionary<string, object?> globals, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        _ = globals ?? throw new ArgumentNullException(nameof(globals));

        _ = output ?? throw new ArgumentNullException(nameof(output));

        options ??= RenderOptions.Default;
        var data = options.EmbeddedData is null ? null : EmbeddedDataSlot.BuildItem(options.EmbeddedData, Name);
        var embeds = data is not null || options.EmbeddedDataWriter is not null;
        var packed = Packed(options.Compression);
        var context = CreateContext(globals, cancellationToken);
        var budget = new RenderBudget(options.MaxOutputChars ?? _options.MaxOutputChars);
        var zip = new ZipWriter(output);
        foreach (var entry in _entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_numbering is not null && entry.Name == _numbering.EntryName)
            {
                continue;
            }

            if (_compiled.TryGetValue(entry.Name, out var part))
            {
                RenderPart(zip, part, context, budget, options.Compression);
            }
            else
            {
                zip.Add(embeds && packed.WithData.TryGetValue(entry.Name, out var replaced) ? replaced : packed.Unchanged[entry.Name]);
            }
        }

        if (_numbering is not null)
        {
            var numbering = context.Numbering!;
            if (numbering.HasAllocations)
            {
                using var stream = zip.Open(_numbering.EntryName, options.Compression);
                var bytes = Utf8.GetBytes(numbering.BuildNumberingXml());
                stream.Write(bytes, 0, bytes.Length);
            }
            else
            {
                zip.Add(packed.Unchanged[_numbering.EntryName]);
            }
        }

        if (embeds)
        {
            foreach (var added in packed.WithData.Values.Where(r => !packed.Unchanged.ContainsKey(r.Name)))
            {
                zip.Add(added);
            }

            using (var item = zip.Open(_dataSlot.ItemName, options.Compression))
            {
                if (data is not null)
                {
                    item.Write(data, 0, data.Length);
                }
                else
                {
                    EmbeddedDataSlot.WriteItem(item, options.EmbeddedDataWriter!);
                }
            }

            zip.Add(packed.Properties);
            zip.Add(packed.ItemRelationships);
        }

        zip.Finish();
    }

    /// <summary>
    /// Renders the template and copies the package to <paramref name="output"/> asynchronously, for
    /// streams that refuse synchronous writes (such as an HTTP response). The package is built in
    /// memory first, so on error nothing is written.
    /// </summary>
    /// <param name="globals">The top-level names the tags read.</param>
    /// <param name="output">Receives the package; left open.</param>
    /// <param name="options">Embedded data, output limit and compression; null for <see cref="RenderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the render and the copy.</param>
    /// <returns>A task that completes when the package is written.</returns>
    /// <exception cref="TemplateException">A tag failed; see <see cref="Render"/>.</exception>
    public async Task RenderAsync(IReadOnlyDictionary<string, object?> globals, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        _ = output ?? throw new ArgumentNullException(nameof(output));

        using var buffer = new MemoryStream();
        Render(globals, buffer, options, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, 81920, cancellationToken).ConfigureAwait(false);
    }

    private DocxTemplateContext CreateContext(IReadOnlyDictionary<string, object?> globals, CancellationToken cancellationToken)
    {
        var context = new DocxTemplateContext(SharedBuiltins, _numbering is null ? null : new NumberingState(_numbering))
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedTargetAccess = true,
            TryGetMember = UnknownMember,
            LoopLimit = _options.LoopLimit,
            RecursiveLimit = _options.RecursiveLimit,
            LimitToString = _options.LimitToString,
            OutputLimit = 0,
            TemplateLoader = _loader,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(EngineFunctions.Instance);
        if (_options.Functions is not null)
        {
            context.PushGlobal(_options.Functions);
        }

        var names = new ScriptObject();
        foreach (var pair in globals)
        {
            names.SetValue(pair.Key, pair.Value, false);
        }

        context.PushGlobal(names);
        return context;
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var type = target is ScriptObject ? "object" : target.GetType().Name;
        throw new LocalizedScriptException(span, $"找不到成員「{member}」（{type}）", $"unknown member '{member}' of {type}");
    }

    private void RenderPart(ZipWriter zip, CompiledPart part, DocxTemplateContext context, RenderBudget budget, CompressionLevel compression)
    {
        using var writer = new StreamWriter(zip.Open(part.EntryName, compression), Utf8, WriterBufferChars);
        context.WordPrefix = part.WordPrefix;
        context.PushOutput(new XmlOutput(writer, context, budget));
        try
        {
            part.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([RenderDiagnostic(part, e)], e);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private Diagnostic RenderDiagnostic(CompiledPart part, ScriptRuntimeException e)
    {
        string zh, en;
        if (e is LocalizedScriptException localized)
        {
            (zh, en) = (localized.MessageZh, localized.MessageEn);
        }
        else
        {
            en = e.OriginalMessage;
            var unknown = UnknownVariable.Match(en);
            zh = unknown.Success ? $"找不到變數或函式「{unknown.Groups["name"].Value}」"
                : en.Contains("LoopLimit") ? $"迴圈次數超過上限 {_options.LoopLimit}"
                : en.Contains("RecursiveLimit") || en.Contains("recursive") ? $"函式遞迴超過上限 {_options.RecursiveLimit}"
                : en.Contains("No TemplateLoader") ? "此範本不是從檔案載入，也沒有提供 Includes，不能使用 include"
                : "執行範本時發生錯誤";
        }

        var location = e.Span.FileName == part.Label ? part.Map.Find(e.Span.Start.Offset) : null;
        return location is null
            ? TemplateDiagnostics.AtFile(TemplateDiagnostics.Render, $"{Name}/{part.Label}", zh, en)
            : TemplateDiagnostics.AtTag(TemplateDiagnostics.Render, Name, location, zh, en);
    }

    /// <summary>The parts no render changes, compressed once per compression level and shared by all renders.</summary>
    private PackedParts Packed(CompressionLevel compression) =>
        _packed.TryGetValue(compression, out var packed) ? packed : _packed.GetOrAdd(compression, Pack);

    private PackedParts Pack(CompressionLevel compression)
    {
        var unchanged = _entries.Where(e => !_compiled.ContainsKey(e.Name))
            .ToDictionary(e => e.Name, e => CompressedEntry.Create(e.Name, e.Data, compression), StringComparer.Ordinal);
        var withData = _dataSlot.ReplacedEntries.ToDictionary(r => r.Key, r => CompressedEntry.Create(r.Key, r.Value, compression), StringComparer.Ordinal);
        return new PackedParts(
            unchanged,
            withData,
            CompressedEntry.Create(_dataSlot.PropertiesName, EmbeddedDataSlot.BuildProperties(), compression),
            CompressedEntry.Create(_dataSlot.ItemRelationshipsName, _dataSlot.BuildItemRelationships(), compression));
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var key in builtins.Keys.ToList())
        {
            if (builtins[key] is ScriptObject nested)
            {
                nested.IsReadOnly = true;
            }

            builtins.SetReadOnly(key, true);
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>The compressed unchanged parts: as in the template, as replaced when data is embedded, and the data part's own.</summary>
    private sealed record PackedParts(
        IReadOnlyDictionary<string, CompressedEntry> Unchanged,
        IReadOnlyDictionary<string, CompressedEntry> WithData,
        CompressedEntry Properties,
        CompressedEntry ItemRelationships);
}
