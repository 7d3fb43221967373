namespace Minutes.Templating.Packaging;

/// <summary>
/// The limits of every reader of a package or template file: reading a template package, reading
/// an include file and extracting the data of a rendered document all obey one instance, checked
/// before anything is inflated or read and again while reading.
/// </summary>
/// <param name="MaxEntries">The most zip entries a package may hold.</param>
/// <param name="MaxBytes">The most bytes a package may inflate to, all entries together; also the largest include file.</param>
internal sealed record PackageLimits(int MaxEntries, long MaxBytes)
{
    /// <summary>1,000 entries and 100 MB: far above any template or document Word writes.</summary>
    public static PackageLimits Default { get; } = new(1_000, 100L * 1024 * 1024);
}
