using System.Collections.Generic;
using Minutes.Templating.Compilation;

namespace Minutes.Templating.Hosting;

/// <summary>
/// Settings of <see cref="MinutesTemplateCatalog"/>: where an agency keeps its own templates
/// and the limits every template is compiled and rendered with.
/// </summary>
public sealed class MinutesTemplatingOptions
{
    /// <summary>
    /// Folders holding the agency's own <c>.docx</c> templates, each known by its file name
    /// without extension. The first folder that holds a name wins, and a folder template named
    /// like a built-in one (<c>minutes</c>, <c>notice</c>, <c>sign-in</c>) replaces it.
    /// Only the folders' top level is read; includes come from the template's own folder.
    /// </summary>
    public IList<string> TemplateFolders { get; } = new List<string>();

    /// <summary>
    /// Package, loop, recursion and output limits for every template; the formatting functions
    /// are always added. Default <see cref="TemplateOptions.Default"/>.
    /// </summary>
    public TemplateOptions Limits { get; set; } = TemplateOptions.Default;
}
