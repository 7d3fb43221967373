using System;
using Scriban;
using System.Threading.Tasks;
using Scriban.Runtime;
using Scriban.Syntax;
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
        functions.Import(PartTranslator.CaptureTextFunction, new Func<TemplateContext, object?, string>(CaptureText));
        functions.SetValue("include", new TextInclude((IScriptCustomFunction)TemplateContext.GetDefaultBuiltinObject()["include"]!), true);
        functions.IsReadOnly = true;
        return functions;
    }

    private static object? RestartNumbering(TemplateContext context, int site)
    {
        ((RenderContext)context).Numbering?.Restart(site);
        return null;
    }

    private static string CaptureText(TemplateContext context, object? captured) =>
        CapturedXml.ToText(context.ObjectToString(captured) ?? "");

    private static int MapNumbering(TemplateContext context, int numId, int site) =>
        ((RenderContext)context).Numbering?.Map(numId, site) ?? numId;

    /// <summary>
    /// Scriban's <c>include</c>, rendering the included template as text: its values are not
    /// escaped inside it, so that the text it returns is escaped once where it is written.
    /// </summary>
    private sealed class TextInclude : IScriptCustomFunction
    {
        private readonly IScriptCustomFunction _include;

        public TextInclude(IScriptCustomFunction include)
        {
            _include = include;
        }

        public int RequiredParameterCount => _include.RequiredParameterCount;

        public int ParameterCount => _include.ParameterCount;

        public ScriptVarParamKind VarParamKind => _include.VarParamKind;

        public Type ReturnType => _include.ReturnType;

        public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var render = (RenderContext)context;
            render.TextDepth++;
            try
            {
                return _include.Invoke(context, callerContext, arguments, blockStatement);
            }
            finally
            {
                render.TextDepth--;
            }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
