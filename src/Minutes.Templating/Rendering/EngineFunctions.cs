using System;
using Scriban;
using Scriban.Runtime;
using Minutes.Templating.Compilation;

namespace Minutes.Templating.Rendering;

/// <summary>The functions the engine itself gives every template; read-only and shared by all renders.</summary>
internal static class EngineFunctions
{
    /// <summary>The shared functions: <c>restart_numbering</c> and the numbering hook of numbered paragraphs.</summary>
    public static ScriptObject Instance { get; } = Create();

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import(TagClassifier.RestartNumbering, new Func<TemplateContext, int, object?>(RestartNumbering));
        functions.Import(PartTranslator.NumberingFunction, new Func<TemplateContext, int, int, int>(MapNumbering));
        functions.IsReadOnly = true;
        return functions;
    }

    private static object? RestartNumbering(TemplateContext context, int site)
    {
        ((RenderContext)context).Numbering?.Restart(site);
        return null;
    }

    private static int MapNumbering(TemplateContext context, int numId, int site) =>
        ((RenderContext)context).Numbering?.Map(numId, site) ?? numId;
}
