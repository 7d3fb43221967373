using System;
using System.IO;
using System.Text;
using Minutes.Templating.Packaging;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Loads included templates from files in the template's own folder only: absolute paths,
/// <c>..</c>, subfolders, symbolic links, FIFOs and devices are refused, and a file is read
/// within the same <see cref="PackageLimits"/> as the template package and held to its tag limit.
/// </summary>
internal sealed class FolderTemplateLoader : ITemplateLoader
{
    private readonly string _folder;
    private readonly PackageLimits _limits;
    private readonly int _maxTags;

    public FolderTemplateLoader(string folder, PackageLimits limits, int maxTags)
    {
        _folder = Path.GetFullPath(folder);
        _limits = limits;
        _maxTags = maxTags;
    }

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var refused = string.IsNullOrWhiteSpace(templateName)
            || Path.IsPathRooted(templateName)
            || templateName.IndexOfAny(['/', '\\', ':']) >= 0
            || templateName[0] == '.'
            || templateName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0;
        var path = refused ? "" : Path.Combine(_folder, templateName);
        if (refused || !string.Equals(Path.GetDirectoryName(Path.GetFullPath(path)), _folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new LocalizedScriptException(
                callerSpan,
                $"只能引入範本所在資料夾中的檔案，「{templateName}」不在其中",
                $"only files in the template's own folder can be included; '{templateName}' is not one");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new LocalizedScriptException(callerSpan, $"範本資料夾中沒有「{templateName}」", $"the template folder has no file '{templateName}'");
        }

        if ((file.Attributes & FileAttributes.ReparsePoint) != 0 || file.Length > _limits.MaxBytes || FileKind.IsStream(path))
        {
            throw TooLarge(callerSpan, templateName);
        }

        return path;
    }

    /// <inheritdoc />
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        // Bounded again while reading: the file may have grown since it was checked.
        var bytes = FileKind.ReadBounded(templatePath, _limits.MaxBytes);
        if (bytes.Length > _limits.MaxBytes)
        {
            throw TooLarge(callerSpan, Path.GetFileName(templatePath));
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return IncludedText.Checked(reader.ReadToEnd(), Path.GetFileName(templatePath), _maxTags, callerSpan);
    }

    private LocalizedScriptException TooLarge(SourceSpan callerSpan, string templateName) => new(
        callerSpan,
        $"「{templateName}」是連結、不是一般檔案，或超過 {_limits.MaxBytes} 位元組，不能引入",
        $"'{templateName}' is a link, not a regular file, or larger than {_limits.MaxBytes} bytes, and cannot be included");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
