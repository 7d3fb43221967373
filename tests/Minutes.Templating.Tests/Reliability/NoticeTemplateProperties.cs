namespace Minutes.Templating.Tests.Reliability;

/// <summary>The template properties for the built-in <c>notice</c> template.</summary>
public sealed class NoticeTemplateProperties : BuiltInTemplateProperties
{
    /// <inheritdoc />
    protected override string Template => "notice";
}
