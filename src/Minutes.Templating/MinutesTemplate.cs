using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Functions;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Minutes.Templating.Validation;

namespace Minutes.Templating;

/// <summary>
/// A minutes template ready to fill with meetings: a built-in one (會議紀錄, 開會通知單, 簽到表)
/// or an agency's own .docx. Compiled once, it renders any number of meetings, also in
/// parallel. The meeting travels inside each document, so <see cref="Extract(Stream)"/> gets it back.
/// </summary>
/// <example>
/// <code>
/// var meeting = MeetingReader.ReadFile("meeting.yaml").Meeting!;
/// MinutesTemplate.BuiltIn("minutes").RenderToFile(meeting, "minutes.docx");
/// </code>
/// </example>
public sealed class MinutesTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<MinutesTemplate>> BuiltIns = new(StringComparer.Ordinal);

    private readonly TemplateRenderer renderer;

    private MinutesTemplate(CompiledTemplate template) => renderer = new TemplateRenderer(template);

    /// <summary>The template's name: the built-in name or the file name.</summary>
    public string Name => renderer.Name;

    /// <summary>The options every minutes template is compiled with: the formatting functions.</summary>
    public static TemplateOptions DefaultOptions { get; } = new()
    {
        Functions = FormattingFunctions.Shared,
        GlobalTypes = new Dictionary<string, Type>(StringComparer.Ordinal) { ["meeting"] = typeof(Meeting) },
    };

    /// <summary>A built-in template, compiled on first use and shared afterwards.</summary>
    /// <param name="name">One of <see cref="BuiltInTemplates.All"/>: <c>minutes</c>, <c>notice</c>, <c>sign-in</c>.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="ArgumentException">No built-in template has that name.</exception>
    public static MinutesTemplate BuiltIn(string name)
    {
        BuiltInTemplates.Get(name);
        return BuiltIns.GetOrAdd(name, n => new Lazy<MinutesTemplate>(() =>
        {
            using var docx = BuiltInTemplates.Open(n);
            return new MinutesTemplate(TemplateCompiler.Compile(docx, n, DefaultOptions));
        })).Value;
    }

    /// <summary>
    /// Compiles an agency's own .docx template; <c>{{ include "name" }}</c> reads files from its
    /// folder, or from <see cref="TemplateOptions.Includes"/> when given.
    /// </summary>
    /// <param name="path">The .docx file.</param>
    /// <param name="options">Limits; null for <see cref="DefaultOptions"/>. The formatting functions are always added.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The file is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static MinutesTemplate Load(string path, TemplateOptions? options = null) =>
        FileKind.IsStream(path)
            ? throw new TemplateException([TemplateDiagnostics.AtFile(
                DiagnosticRules.TemplatePackage,
                path,
                "範本不是一般檔案（具名管道 FIFO 或裝置），無法讀取：請指定 .docx 範本檔",
                "the template is not a regular file (a FIFO or a device): give a .docx template file")])
            : new(TemplateCompiler.Load(path, WithFunctions(options)));

    /// <summary>Compiles a .docx template from a stream; includes come only from <see cref="TemplateOptions.Includes"/>.</summary>
    /// <param name="docx">The .docx package; read from its current position and left open.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="options">Limits; null for <see cref="DefaultOptions"/>. The formatting functions are always added.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The package is unreadable or unsafe, or the template has errors; all are listed.</exception>
    public static MinutesTemplate Compile(Stream docx, string name, TemplateOptions? options = null) =>
        new(TemplateCompiler.Compile(docx, name, WithFunctions(options)));

    /// <summary>Renders <paramref name="meeting"/> into a .docx written to <paramref name="output"/>.</summary>
    /// <param name="meeting">The meeting; it is validated first.</param>
    /// <param name="output">Receives the document; on error its content must be discarded.</param>
    /// <param name="cancellationToken">Stops a long render.</param>
    /// <exception cref="InvalidMeetingException">The meeting has errors.</exception>
    /// <exception cref="TemplateException">The template failed on this meeting.</exception>
    public void Render(Meeting meeting, Stream output, CancellationToken cancellationToken = default) =>
        renderer.Render(Globals(meeting), output, Options(meeting), cancellationToken);

    /// <summary>Renders <paramref name="meeting"/> into a .docx written to <paramref name="output"/>.</summary>
    /// <param name="meeting">The meeting; it is validated first.</param>
    /// <param name="output">Receives the document; on error its content must be discarded.</param>
    /// <param name="cancellationToken">Stops a long render.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="InvalidMeetingException">The meeting has errors.</exception>
    /// <exception cref="TemplateException">The template failed on this meeting.</exception>
    public Task RenderAsync(Meeting meeting, Stream output, CancellationToken cancellationToken = default) =>
        renderer.RenderAsync(Globals(meeting), output, Options(meeting), cancellationToken);

    /// <summary>Renders <paramref name="meeting"/> into the bytes of a .docx.</summary>
    /// <param name="meeting">The meeting; it is validated first.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidMeetingException">The meeting has errors.</exception>
    /// <exception cref="TemplateException">The template failed on this meeting.</exception>
    public byte[] RenderToBytes(Meeting meeting)
    {
        using var buffer = new MemoryStream();
        Render(meeting, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Renders <paramref name="meeting"/> into the file at <paramref name="path"/>, through a
    /// temporary file beside it: on failure no half-written file is left and an existing file
    /// is not replaced.
    /// </summary>
    /// <param name="meeting">The meeting; it is validated first.</param>
    /// <param name="path">The .docx file to write.</param>
    /// <param name="cancellationToken">Stops a long render.</param>
    /// <exception cref="InvalidMeetingException">The meeting has errors.</exception>
    /// <exception cref="TemplateException">The template failed on this meeting.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file exists and is read-only, or writing it is not allowed; nothing is rendered or written.</exception>
    public void RenderToFile(Meeting meeting, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, stream => Render(meeting, stream, cancellationToken));

    /// <summary>
    /// Renders <paramref name="meeting"/> into the file at <paramref name="path"/>, through a
    /// temporary file beside it: on failure or cancellation no half-written file is left and an
    /// existing file is not replaced.
    /// </summary>
    /// <param name="meeting">The meeting; it is validated first.</param>
    /// <param name="path">The .docx file to write.</param>
    /// <param name="cancellationToken">Stops a long render.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="InvalidMeetingException">The meeting has errors.</exception>
    /// <exception cref="TemplateException">The template failed on this meeting.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file exists and is read-only, or writing it is not allowed; nothing is rendered or written.</exception>
    public Task RenderToFileAsync(Meeting meeting, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, token) => RenderAsync(meeting, stream, token), cancellationToken);

    /// <summary>
    /// Renders one section for the Word add-in's <c>insertOoxml</c>: the clerk's fields are read as
    /// that part of a meeting (by the meeting reader's rules, then <see cref="MeetingValidator"/>),
    /// a meeting is built around it so this template numbers it at <c>number</c>, and the part the
    /// template marks with its bookmark (<c>_MinutesFacts</c>, <c>_MinutesSection</c>,
    /// <c>_MinutesItem</c>, <c>_MinutesSuggestion</c>, <c>_MinutesEnd</c>) is taken out of the rendered
    /// document. The section is therefore what a minutes document rendered from the same data holds.
    /// </summary>
    /// <param name="section">The section kind, from <see cref="Sections.SectionCatalog"/>.</param>
    /// <param name="fields">Field id → value, as described by the kind's fields; blank or null means not given.</param>
    /// <returns>
    /// A flat OPC <c>pkg:package</c> XML text: <c>word/document.xml</c> with the section's paragraphs
    /// (bookmarks removed) and <c>word/styles.xml</c> with the document defaults and the styles they use.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Sections.SectionInputException">A value cannot be used; each finding's path is <c>fields.&lt;id&gt;</c>.</exception>
    /// <exception cref="TemplateException">The template failed, or does not mark the part (rule <c>section-marker</c>).</exception>
    public string RenderSection(Sections.SectionDefinition section, IReadOnlyDictionary<string, string?> fields)
    {
        _ = section ?? throw new ArgumentNullException(nameof(section));
        _ = fields ?? throw new ArgumentNullException(nameof(fields));
        var (meeting, placement) = Sections.SectionForm.Read(section, fields);
        return Sections.SectionFragment.Extract(RenderToBytes(meeting), Name, section.Site.Marker, placement.Occurrence);
    }

    /// <summary>
    /// Gets back the meeting embedded in the .docx file at <paramref name="path"/>, as
    /// <see cref="Extract(Stream)"/> does, refusing a path that is a folder, a FIFO or a device
    /// (opening a FIFO would wait for a writer) before opening it.
    /// </summary>
    /// <param name="path">The rendered .docx file.</param>
    /// <returns>The meeting, or null when the document carries none.</returns>
    /// <exception cref="TemplateException">The file is missing, a folder, not a regular file, cannot be
    /// opened, or is refused as by <see cref="Extract(Stream)"/>; located at the file.</exception>
    /// <exception cref="InvalidMeetingException">The embedded data is damaged.</exception>
    public static Meeting? Extract(string path)
    {
        var name = Path.GetFileName(path);
        var (zh, en) = Directory.Exists(path) ? ("這是資料夾，不是 .docx 文件", "this is a folder, not a .docx document")
            : !File.Exists(path) ? ("找不到這個檔案", "no such file")
            : FileKind.IsSpecial(path) ? ("不是一般檔案（具名管道 FIFO 或裝置），無法讀取：請指定 .docx 文件", "not a regular file (a FIFO or a device): give a .docx document")
            : (null, null);
        if (zh is not null)
        {
            throw new TemplateException([TemplateDiagnostics.AtFile(DiagnosticRules.TemplatePackage, name, zh, en!)]);
        }

        using var stream = TemplateCompiler.OpenPackage(path, e => (
            e is UnauthorizedAccessException ? "沒有讀取這個檔案的權限" : "無法開啟這個檔案（系統拒絕讀取）",
            $"cannot open the file: {e.Message}"));
        return Extract(stream);
    }

    /// <summary>
    /// Gets back the meeting embedded in a document this library rendered. This is the one way to
    /// read embedded data: it is stored as JSON in a custom XML part (<c>customXml/itemN.xml</c>,
    /// namespace <c>urn:minutes-templating:data:v1</c>) that Word keeps when the document is edited.
    /// </summary>
    /// <param name="docx">The rendered .docx; read from its current position and left open.</param>
    /// <returns>The meeting, or null when the document carries none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="InvalidMeetingException">The embedded data is damaged.</exception>
    /// <exception cref="TemplateException">The stream is not a zip package or exceeds the limits of reading a
    /// template (<see cref="TemplateOptions.MaxPackageEntries"/>, <see cref="TemplateOptions.MaxPackageBytes"/>,
    /// as defaults), or a custom XML part declares a DTD or an entity, or is malformed; the part is named.</exception>
    public static Meeting? Extract(Stream docx)
    {
        var json = EmbeddedData.Extract(docx, TemplateOptions.Default.PackageLimits);
        if (json is null)
        {
            return null;
        }

        var result = MeetingReader.Read(json, "embedded meeting", InputFormat.Json);
        return result.Meeting ?? throw new InvalidMeetingException(result.Diagnostics);
    }

    private static Dictionary<string, object?> Globals(Meeting meeting)
    {
        if (meeting is null)
        {
            throw new ArgumentNullException(nameof(meeting));
        }

        var problems = MeetingValidator.Validate(meeting);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            throw new InvalidMeetingException(problems);
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["meeting"] = meeting };
    }

    private static RenderOptions Options(Meeting meeting) => new() { EmbeddedDataWriter = stream => MeetingWriter.WriteJson(meeting, stream) };

    private static TemplateOptions WithFunctions(TemplateOptions? options) =>
        options is null ? DefaultOptions : options with { Functions = DefaultOptions.Functions, GlobalTypes = DefaultOptions.GlobalTypes };
}
