namespace Minutes.Templating.Packaging;

/// <summary>One inflated zip entry of a package: its name (such as <c>word/document.xml</c>) and bytes.</summary>
/// <param name="Name">The entry name, without a leading slash.</param>
/// <param name="Data">The inflated bytes.</param>
internal sealed record PackageEntry(string Name, byte[] Data);
