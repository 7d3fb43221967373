using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Packaging;

/// <summary>The diagnostics of a template package that is not a readable, safe .docx.</summary>
internal static class PackageDiagnostics
{
    /// <summary>A problem with the package or one of its entries, <paramref name="file"/> naming it.</summary>
    public static Diagnostic AtFile(string file, string messageZh, string messageEn) =>
        Diagnostic.Of(DiagnosticRules.TemplatePackage, "", messageZh, messageEn, new SourceLocation(file, 0, 0));
}
