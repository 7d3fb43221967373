using System;
using System.IO;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Loads included templates from files in the template's own folder only: absolute paths,
/// <c>..</c>, subfolders and symbolic links are refused.
/// </summary>
internal sealed class FolderTemplateLoader : ITemplateLoader
{
    private const long MaxIncludeBytes = 1024 * 1024;
    private readonly string _folder;

    public FolderTemplateLoader(string folder)
    {
        _folder = Path.GetFullPath(folder);
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

        if ((file.Attributes & FileAttributes.ReparsePoint) != 0 || file.Length > MaxIncludeBytes)
        {
            throw new LocalizedScriptException(
                callerSpan,
                $"「{templateName}」是連結或超過 1 MB，不能引入",
                $"'{templateName}' is a link or larger than 1 MB and cannot be included");
        }

        return path;
    }

    /// <inheritdoc />
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
