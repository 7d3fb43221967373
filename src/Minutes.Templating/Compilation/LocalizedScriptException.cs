using Scriban.Parsing;
using Scriban.Syntax;

namespace Minutes.Templating.Compilation;

/// <summary>
/// A render error raised by the engine itself, with its message in both languages. It lives in
/// Compilation because the include loaders compile chooses raise it too.
/// </summary>
internal sealed class LocalizedScriptException : ScriptRuntimeException
{
    public LocalizedScriptException(SourceSpan span, string messageZh, string messageEn)
        : base(span, messageEn)
    {
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>The message in Traditional Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>The message in English.</summary>
    public string MessageEn { get; }
}
