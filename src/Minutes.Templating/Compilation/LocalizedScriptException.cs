using Scriban.Parsing;
using Scriban.Syntax;

namespace Minutes.Templating.Rendering;

/// <summary>A render error raised by the engine itself, with its message in both languages.</summary>
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
