using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Compilation;

/// <summary>Builds the bilingual diagnostics of template compilation and rendering.</summary>
internal static class TemplateDiagnostics
{
    /// <summary>A problem at a tag.</summary>
    public static Diagnostic AtTag(DiagnosticRule rule, string templateName, TagLocation location, string messageZh, string messageEn) =>
        Diagnostic.Of(
            rule,
            "",
            $"{PartNameZh(location.Part)}第 {location.Paragraph} 段 {location.TagText}：{messageZh}",
            $"{location.Part} paragraph {location.Paragraph} {location.TagText}: {messageEn}",
            new SourceLocation($"{templateName}/{location.Part}", location.Paragraph, location.Column));

    /// <summary>A problem with the whole template or one of its parts.</summary>
    public static Diagnostic AtFile(DiagnosticRule rule, string file, string messageZh, string messageEn) =>
        Diagnostic.Of(rule, "", messageZh, messageEn, new SourceLocation(file, 0, 0));

    private static string PartNameZh(string part)
    {
        if (part == "body")
        {
            return "本文";
        }

        if (part.StartsWith("header", System.StringComparison.Ordinal))
        {
            return "頁首" + part.Remove(0, "header".Length);
        }

        if (part.StartsWith("footer", System.StringComparison.Ordinal))
        {
            return "頁尾" + part.Remove(0, "footer".Length);
        }

        return part switch
        {
            "footnotes" => "註腳",
            "endnotes" => "章節附註",
            _ => part,
        };
    }
}
