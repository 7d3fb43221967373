namespace Minutes.Templating.Tests.Reliability;

/// <summary>The template properties for the built-in <c>minutes</c> template.</summary>
public sealed class MinutesTemplateProperties : BuiltInTemplateProperties
{
    /// <inheritdoc />
    protected override string Template => "minutes";
}
