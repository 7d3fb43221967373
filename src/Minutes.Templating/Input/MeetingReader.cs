using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Minutes.Templating.Packaging;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Input;

/// <summary>
/// Reads meeting files written as YAML or JSON into a <see cref="Meeting"/>, reporting every
/// problem at once with its data path, line and column. Never throws for bad input.
/// </summary>
public static class MeetingReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the meeting file at <paramref name="path"/>; the format follows the extension.</summary>
    /// <param name="path">A .yaml, .yml or .json file.</param>
    /// <param name="limits">Size and depth bounds; <see cref="InputLimits.Default"/> when null.</param>
    /// <returns>The meeting or the problems found.</returns>
    public static MeetingReadResult ReadFile(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > limits.MaxBytes)
            {
                return Failed(TooLarge(path, limits));
            }

            if (FileKind.IsStream(path))
            {
                return Failed(Problem(DiagnosticRules.UnreadableFile, new SourceLocation(path, 0, 0),
                    "這不是一般檔案（具名管道 FIFO 或裝置），無法當作會議資料讀取：請指定 .yaml 或 .json 會議資料檔，或用 - 從標準輸入讀取",
                    "not a regular file (a FIFO or a device): give a .yaml or .json meeting file, or - for standard input"));
            }

            // Bounded: a device such as /dev/zero reports no length and never ends.
            return Read(FileKind.ReadBounded(path, limits.MaxBytes), path, FormatOf(path), limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(Problem(DiagnosticRules.UnreadableFile, new SourceLocation(path, 0, 0), Unreadable(path, e), $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>Why a file could not be read, all in Chinese with what to do; the system's own message goes in the English half.</summary>
    private static string Unreadable(string path, Exception e) => e switch
    {
        _ when Directory.Exists(path) => "這是資料夾，不是檔案：請指定資料夾中的 .yaml 或 .json 會議資料檔",
        FileNotFoundException or DirectoryNotFoundException =>
            "找不到這個檔案：請確認檔名（含副檔名 .yaml）與所在資料夾是否正確",
        UnauthorizedAccessException => "沒有讀取這個檔案的權限：請確認檔案權限，或把檔案複製到自己的資料夾再試",
        _ => "無法讀取這個檔案（可能正被其他程式開啟或磁碟有問題）：請關閉其他程式後再試",
    };

    /// <summary>Reads a meeting from raw bytes (UTF-8, with or without BOM, or UTF-16 with BOM).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="file">The name used in locations, such as the path or <c>&lt;stdin&gt;</c>.</param>
    /// <param name="format">The format, or null to tell by the first character (<c>{</c> means JSON).</param>
    /// <param name="limits">Size and depth bounds; <see cref="InputLimits.Default"/> when null.</param>
    /// <returns>The meeting or the problems found.</returns>
    public static MeetingReadResult Read(byte[] content, string file, InputFormat? format = null, InputLimits? limits = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        limits ??= InputLimits.Default;
        if (content.Length > limits.MaxBytes)
        {
            return Failed(TooLarge(file, limits));
        }

        var decoded = Decode(content, file);
        return decoded.Text is null ? Failed(decoded.Problem!) : Read(decoded.Text, file, format, limits);
    }

    /// <summary>Reads a meeting from text.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="file">The name used in locations.</param>
    /// <param name="format">The format, or null to tell by the first character (<c>{</c> means JSON).</param>
    /// <param name="limits">Size and depth bounds; <see cref="InputLimits.Default"/> when null.</param>
    /// <returns>The meeting or the problems found.</returns>
    public static MeetingReadResult Read(string text, string file, InputFormat? format = null, InputLimits? limits = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        limits ??= InputLimits.Default;
        if (text.Length > limits.MaxBytes)
        {
            return Failed(TooLarge(file, limits));
        }

        DataNode? root;
        try
        {
            root = (format ?? Sniff(text)) == InputFormat.Json
                ? JsonInputReader.Read(Encoding.UTF8.GetBytes(text), file, limits)
                : YamlInputReader.Read(text, file, limits);
        }
        catch (InputSyntaxException e)
        {
            return Failed(e.Diagnostic);
        }

        if (root is null || root is DataScalar { IsNull: true })
        {
            return Failed(Problem(DiagnosticRules.EmptyInput, new SourceLocation(file, 1, 1),
                "檔案是空的，沒有會議資料", "the file is empty: no meeting data"));
        }

        var (rewritten, layout, diagnostics) = OldAttendanceLayout.Rewrite(root);
        var binder = new ModelBinder();
        var meeting = binder.Bind(rewritten, typeof(Meeting)) as Meeting;
        var found = diagnostics.Concat(binder.Diagnostics).ToList();
        var result = new MeetingReadResult(meeting, found, binder.Locations);
        if (meeting is not null && !found.Any(d => d.Severity == Severity.Error))
        {
            found.AddRange(MeetingValidator.Validate(meeting).Select(d => d with { Location = result.Locate(DataPath.Parse(d.Path)) }));
        }

        // Findings name paths as the file writes them (attendance.absent[0], not the group it was read into).
        return new MeetingReadResult(meeting, found.Select(d => d with { Path = layout.SourcePath(d.Path) }).ToList(), binder.Locations);
    }

    /// <summary>The format a file name implies: JSON for .json, YAML otherwise.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format.</returns>
    public static InputFormat FormatOf(string path) =>
        string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) ? InputFormat.Json : InputFormat.Yaml;

    private static InputFormat Sniff(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is '{' or '[' ? InputFormat.Json : InputFormat.Yaml;
            }
        }

        return InputFormat.Yaml;
    }

    private static (string? Text, Diagnostic? Problem) Decode(byte[] content, string file)
    {
        var (marked, bom) = ByteOrderMark(content);
        if (marked is not null)
        {
            try
            {
                return (marked.GetString(content, bom, content.Length - bom), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, Problem(DiagnosticRules.InvalidEncoding, new SourceLocation(file, 1, 1),
                    $"檔案開頭標示為 {marked.WebName.ToUpperInvariant()}，但內容不是有效的 {marked.WebName.ToUpperInvariant()}；請另存為 UTF-8",
                    $"the file starts with a {marked.WebName.ToUpperInvariant()} byte order mark but is not valid {marked.WebName.ToUpperInvariant()}: save it as UTF-8"));
            }
        }

        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(content, (byte)0, start);
        if (nul >= 0)
        {
            return (null, Problem(DiagnosticRules.BinaryInput, LocateByte(content, nul, file),
                "這不是文字檔（含有 NUL 位元組），請提供 UTF-8 的 YAML 或 JSON 檔",
                "this is not a text file (it holds NUL bytes): give a UTF-8 YAML or JSON file"));
        }

        try
        {
            return (StrictUtf8.GetString(content, start, content.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Problem(DiagnosticRules.InvalidEncoding, LocateByte(content, start + Math.Max(0, e.Index), file),
                "檔案不是 UTF-8 編碼（可能是 Big5），請另存為 UTF-8",
                "the file is not UTF-8 (perhaps Big5): save it as UTF-8"));
        }
    }

    /// <summary>The encoding a UTF-16 or UTF-32 byte order mark names (strict: invalid text throws), and the mark's length; UTF-32's is tested first, as its little-endian mark starts with UTF-16's.</summary>
    private static (Encoding? Encoding, int Length) ByteOrderMark(byte[] content) => content switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (null, 0),
    };

    private static SourceLocation LocateByte(byte[] content, int index, string file)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index && i < content.Length; i++)
        {
            if (content[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((content[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(file, line, column);
    }

    private static Diagnostic TooLarge(string file, InputLimits limits) =>
        Problem(DiagnosticRules.InputTooLarge, new SourceLocation(file, 0, 0),
            $"檔案超過 {limits.MaxBytes / (1024 * 1024)} MB 上限", $"the file is larger than the {limits.MaxBytes / (1024 * 1024)} MB limit");

    private static Diagnostic Problem(DiagnosticRule rule, SourceLocation location, string zh, string en) =>
        Diagnostic.Of(rule, "", zh, en, location);

    private static MeetingReadResult Failed(Diagnostic problem) =>
        new(null, new[] { problem }, new Dictionary<DataPath, SourceLocation>());
}
