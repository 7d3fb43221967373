using System;
using Scriban.Parsing;

namespace Minutes.Templating.Compilation;

/// <summary>
/// The text of an included template, held to the template's tag limit
/// (<see cref="TemplateOptions.MaxTags"/>) before Scriban parses it: an include is parsed when a
/// render reaches it, and a file within the size limit can hold millions of tags (each parsed on
/// its own: a million took 30 s and 1.8 GB).
/// </summary>
internal static class IncludedText
{
    /// <summary>Returns <paramref name="text"/>, or throws at the include tag when it holds more than <paramref name="maxTags"/> tags.</summary>
    /// <exception cref="LocalizedScriptException">The text holds more than <paramref name="maxTags"/> tag openings (<c>{{</c>).</exception>
    public static string Checked(string text, string name, int maxTags, SourceSpan callerSpan)
    {
        var count = 0;
        for (var i = text.IndexOf("{{", StringComparison.Ordinal); i >= 0; i = text.IndexOf("{{", i + 2, StringComparison.Ordinal))
        {
            if (++count > maxTags)
            {
                throw new LocalizedScriptException(
                    callerSpan,
                    $"引入的「{name}」標籤超過上限（{maxTags} 個）；不是正常的範本，不予處理",
                    $"the included '{name}' holds more tags than the limit ({maxTags}): not a template to work with");
            }
        }

        return text;
    }
}
