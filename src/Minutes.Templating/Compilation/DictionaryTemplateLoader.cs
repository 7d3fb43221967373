using System.Collections.Generic;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>Loads included templates from a fixed set given by the caller, by name.</summary>
internal sealed class DictionaryTemplateLoader : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, string> _templates;
    private readonly int _maxTags;

    public DictionaryTemplateLoader(IReadOnlyDictionary<string, string> templates, int maxTags)
    {
        _templates = templates;
        _maxTags = maxTags;
    }

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!_templates.ContainsKey(templateName))
        {
            throw new LocalizedScriptException(callerSpan, $"找不到要引入的範本「{templateName}」", $"no template named '{templateName}' to include");
        }

        return templateName;
    }

    /// <inheritdoc />
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        IncludedText.Checked(_templates[templatePath], templatePath, _maxTags, callerSpan);

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
