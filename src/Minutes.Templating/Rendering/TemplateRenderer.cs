using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;
using Scriban.Syntax;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Renders a compiled template into new .docx packages, any number of times and also
/// concurrently: each render gets its own <see cref="RenderContext"/>, while the parts no
/// render changes are compressed once and shared.
/// </summary>
internal sealed class TemplateRenderer
{
    /// <summary>Small enough to stay off the large object heap, whose allocations force full collections.</summary>
    private const int WriterBufferChars = 8192;

    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly XmlReaderSettings ReadSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private static readonly XmlWriterSettings WriteSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = true,
    };

    private readonly ConcurrentDictionary<CompressionLevel, PackedParts> _packed = new();

    private readonly Lazy<NoteParts> _notes;

    // The main part's text width, read from the template only when a table's grid must be filled.
    private readonly Lazy<int> _textWidth;

    public TemplateRenderer(CompiledTemplate template)
    {
        Template = template;
        _notes = new Lazy<NoteParts>(() => NoteParts.Find(template));
        _textWidth = new Lazy<int>(() => Template.Entries.FirstOrDefault(e => e.Name.EndsWith("/document.xml", StringComparison.Ordinal)) is { } main
            ? TableGrid.TextWidth(SafeXml.Load(main.Data, Name, main.Name))
            : TableGrid.TextWidth(new XDocument()));
    }

    /// <summary>The template this renderer fills.</summary>
    public CompiledTemplate Template { get; }

    /// <summary>The template's name, used in every message.</summary>
    public string Name => Template.Name;

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
        var data = options.EmbeddedData is null ? null : DataItem(options.EmbeddedData);
        var embeds = data is not null || options.EmbeddedDataWriter is not null;
        var packed = Packed(options.Compression);
        using var budget = new RenderBudget(
            options.MaxOutputChars ?? Template.Options.MaxOutputChars,
            Template.Options.LoopLimit,
            RenderBudget.DefaultMaxSteps,
            options.Deadline,
            cancellationToken);
        var context = RenderContext.Create(Template, globals, budget);
        var numberingEntry = Template.Numbering?.EntryName;
        var zip = new ZipWriter(output);
        var ids = new OutputIds();
        var notes = _notes.Value;
        ids.StartNotesAfter(notes.MaxIds);
        foreach (var entry in Template.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Name == numberingEntry || notes.Contains(entry.Name) || (embeds && Template.DataSlot.RemovedEntries.Contains(entry.Name)))
            {
                continue;
            }

            if (Template.Parts.TryGetValue(entry.Name, out var part))
            {
                RenderPart(zip, part, context, budget, options.Compression, ids, null);
            }
            else
            {
                zip.Add(embeds && packed.WithData.TryGetValue(entry.Name, out var replaced) ? replaced : packed.Unchanged[entry.Name]);
            }
        }

        // Notes and comments last: the parts above decided which of them repeated blocks copied.
        foreach (var (name, kind) in notes.Parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Template.Parts.TryGetValue(name, out var part))
            {
                RenderPart(zip, part, context, budget, options.Compression, ids, kind);
            }
            else if (ids.CopiesOf(kind == NoteKind.Comment ? kind : NoteKind.CommentsExtended).Count > 0)
            {
                var document = SafeXml.Load(Template.Entries.First(e => e.Name == name).Data, Name, name);
                WriteNotes(zip, name, document, kind, ids, options.Compression);
            }
            else
            {
                zip.Add(packed.Unchanged[name]);
            }
        }

        if (numberingEntry is not null)
        {
            var numbering = context.Numbering!;
            if (numbering.HasAllocations)
            {
                using var stream = zip.Open(numberingEntry, options.Compression);
                var bytes = Utf8.GetBytes(numbering.BuildNumberingXml());
                stream.Write(bytes, 0, bytes.Length);
            }
            else
            {
                zip.Add(packed.Unchanged[numberingEntry]);
            }
        }

        if (embeds)
        {
            WriteData(zip, packed, data, options);
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

    /// <summary>
    /// Renders a part, then copies it into the package through the structural pass, which parses
    /// what was rendered (a block that crossed element boundaries is reported here, and the
    /// package is discarded) and restores the structure and unique ids.
    /// </summary>
    private void RenderPart(ZipWriter zip, CompiledPart part, RenderContext context, RenderBudget budget, CompressionLevel compression, OutputIds ids, NoteKind? kind)
    {
        var rendered = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        context.WordPrefix = part.WordPrefix;
        context.PushOutput(new XmlOutput(rendered, context, budget, Template.Texts));
        try
        {
            part.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([RenderDiagnostics.TagFailed(Template, part, e, budget)], e);
        }
        catch (OperationCanceledException e) when (budget.DeadlinePassed)
        {
            throw new TemplateException([RenderDiagnostics.DeadlinePassed(Template, part, budget)], e);
        }
        finally
        {
            context.PopOutput();
        }

        try
        {
            if (kind is null)
            {
                using var reader = XmlReader.Create(new StringReader(rendered.ToString()), ReadSettings);
                using var stream = zip.Open(part.EntryName, compression);
                using var writer = XmlWriter.Create(stream, WriteSettings);
                OutputStructure.Copy(reader, writer, ids, () => _textWidth.Value, Template.Texts, stream);
            }
            else
            {
                // A note part is read whole, its literal text in place.
                var xml = rendered.GetStringBuilder();
                var expanded = new StringBuilder(xml.Length);
                Template.Texts.AppendExpanded(expanded, xml.ToString(), 0, xml.Length);
                using var reader = XmlReader.Create(new StringReader(expanded.ToString()), ReadSettings);
                WriteNotes(zip, part.EntryName, XDocument.Load(reader), kind.Value, ids, compression);
            }
        }
        catch (XmlException e)
        {
            throw new TemplateException([RenderDiagnostics.Malformed(Template, part, e)], e);
        }
    }

    /// <summary>
    /// Writes a note part, which is small and read whole: first it gets the copies of notes,
    /// comments or comment entries that repeated references asked for, then the structural pass.
    /// </summary>
    private void WriteNotes(ZipWriter zip, string entryName, XDocument part, NoteKind kind, OutputIds ids, CompressionLevel compression)
    {
        if (kind is NoteKind.CommentsExtended or NoteKind.CommentsIds or NoteKind.CommentsExtensible)
        {
            NoteCopies.AddEntries(part, kind, ids);
            Write(zip, entryName, part, compression);
            return;
        }

        var copies = NoteCopies.AddNotes(part, kind, ids);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var reader = part.CreateReader())
        using (var writer = XmlWriter.Create(text, WriteSettings))
        {
            OutputStructure.Copy(reader, writer, ids, () => _textWidth.Value);
        }

        var fixedPart = XDocument.Parse(text.ToString(), LoadOptions.PreserveWhitespace);

        if (kind == NoteKind.Comment)
        {
            NoteCopies.RecordCommentParagraphs(fixedPart, copies, ids);
        }

        Write(zip, entryName, fixedPart, compression);
    }

    private static void Write(ZipWriter zip, string entryName, XDocument document, CompressionLevel compression)
    {
        using var stream = zip.Open(entryName, compression);
        using var writer = XmlWriter.Create(stream, WriteSettings);
        document.Save(writer);
    }

    private byte[] DataItem(string data)
    {
        try
        {
            return EmbeddedDataSlot.BuildItem(data);
        }
        catch (ArgumentException e)
        {
            throw new TemplateException([RenderDiagnostics.UnstorableData(Name, e)], e);
        }
    }

    /// <summary>The data part, its properties and relationships, and the parts whose registration of them changes.</summary>
    private void WriteData(ZipWriter zip, PackedParts packed, byte[]? data, RenderOptions options)
    {
        foreach (var added in packed.WithData.Values.Where(r => !packed.Unchanged.ContainsKey(r.Name)))
        {
            zip.Add(added);
        }

        using (var item = zip.Open(Template.DataSlot.ItemName, options.Compression))
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

    private PackedParts Packed(CompressionLevel compression) =>
        _packed.TryGetValue(compression, out var packed) ? packed : _packed.GetOrAdd(compression, c => PackedParts.Create(Template, c));
}
