using System.Collections.Generic;
using Minutes.Templating.Packaging;
using Scriban.Runtime;

namespace Minutes.Templating.Compilation;

/// <summary>
/// How a template is compiled and the limits every render of it obeys. The defaults suit
/// minutes of a few hundred pages; raise them only for templates you trust.
/// </summary>
public sealed record TemplateOptions
{
    /// <summary>The default options.</summary>
    public static TemplateOptions Default { get; } = new();

    /// <summary>The most zip entries a template package may hold. Default 1,000.</summary>
    public int MaxPackageEntries { get; init; } = PackageLimits.Default.MaxEntries;

    /// <summary>
    /// The most bytes the template package may inflate to, all entries together, checked
    /// against the declared sizes before inflating and again while inflating; also the largest
    /// include file. Default 100 MB.
    /// </summary>
    public long MaxPackageBytes { get; init; } = PackageLimits.Default.MaxBytes;

    /// <summary>The limits of reading the template package and its include files, as one object.</summary>
    internal PackageLimits PackageLimits => new(MaxPackageEntries, MaxPackageBytes);

    /// <summary>
    /// Extra functions the templates can call, such as the formatting functions
    /// (<c>roc_date</c>, <c>chinese_number</c> …). Shared by concurrent renders: do not change
    /// it after compiling. Internal: <c>MinutesTemplate</c> always sets the formatting functions.
    /// </summary>
    internal ScriptObject? Functions { get; init; }

    /// <summary>The types of the globals a template reads (<c>meeting</c> → <c>Meeting</c>); member names are checked against them at compile time.</summary>
    internal IReadOnlyDictionary<string, System.Type>? GlobalTypes { get; init; }

    /// <summary>
    /// Templates <c>{{ include "name" }}</c> can load, by name. When null and the template was
    /// loaded from a file, includes are read from files in the template's own folder; when
    /// null and the template came from a stream, <c>include</c> is an error.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Includes { get; init; }

    /// <summary>The most loop iterations of one render, nested loops counted together. Default 100,000.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>The deepest function recursion. Default 50.</summary>
    public int RecursiveLimit { get; init; } = 50;

    /// <summary>
    /// The longest single value converted to text, in UTF-16 characters. Default 1,000,000. A
    /// longer value (written, joined with <c>+</c> or passed to a function as text) fails the
    /// render at its tag instead of being cut short.
    /// </summary>
    public int LimitToString { get; init; } = 1_000_000;

    /// <summary>
    /// The most tags one template may hold, all parts together, and each file it includes.
    /// Default 100,000, far above any real template (the built-in minutes has a few hundred): each
    /// tag is parsed on its own, so a part of a million tags took 30 s and 1.8 GB to compile.
    /// </summary>
    public int MaxTags { get; init; } = 100_000;

    /// <summary>
    /// The most characters of XML one render may write, all parts together. Default 50,000,000,
    /// well above a real document (the sign-in sheet of 10,000 people is 19 MB): a render holds
    /// its output about three times over while the structural pass reads it, so 190 million
    /// characters took 1.6 GB.
    /// </summary>
    public long MaxOutputChars { get; init; } = 50_000_000;
}
