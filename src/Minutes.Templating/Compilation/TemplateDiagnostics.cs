using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Compilation;

/// <summary>Builds the bilingual diagnostics of template compilation and rendering.</summary>
internal static class TemplateDiagnostics
{
    /// <summary>Rule of a template that Scriban cannot parse or whose blocks do not match.</summary>
    public const string Syntax = "template-syntax";

    /// <summary>Rule of an error while rendering: unknown member, limit reached, bad value …</summary>
    public const string Render = "template-render";

    /// <summary>A problem at a tag.</summary>
    public static Diagnostic AtTag(string ruleId, string templateName, TagLocation location, string messageZh, string messageEn)
    {
        var partZh = PartNameZh(location.Part);
        return new Diagnostic
        {
            RuleId = ruleId,
            Severity = Severity.Error,
            Location = new SourceLocation($"{templateName}/{location.Part}", location.Paragraph, location.Column),
            MessageZh = $"{partZh}第 {location.Paragraph} 段 {location.TagText}：{messageZh}",
            MessageEn = $"{location.Part} paragraph {location.Paragraph} {location.TagText}: {messageEn}",
        };
    }

    /// <summary>A problem with the whole template or one of its parts.</summary>
    public static Diagnostic AtFile(string ruleId, string file, string messageZh, string messageEn) => new()
    {
        RuleId = ruleId,
        Severity = Severity.Error,
        Location = new SourceLocation(file, 0, 0),
        MessageZh = messageZh,
        MessageEn = messageEn,
    };

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
