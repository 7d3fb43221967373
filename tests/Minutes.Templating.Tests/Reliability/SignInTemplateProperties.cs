namespace Minutes.Templating.Tests.Reliability;

/// <summary>The template properties for the built-in <c>sign-in</c> template.</summary>
public sealed class SignInTemplateProperties : BuiltInTemplateProperties
{
    /// <inheritdoc />
    protected override string Template => "sign-in";
}
