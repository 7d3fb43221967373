using Minutes.Templating.Diagnostics;
using System.Collections.Generic;

namespace Minutes.Templating.Hosting;

/// <summary>
/// The templates an application renders with, by name, each compiled once and shared by all
/// callers. Registered by <c>services.AddMinutesTemplating()</c>.
/// </summary>
public interface IMinutesTemplates
{
    /// <summary>Every template name <see cref="GetTemplate"/> accepts, sorted.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The compiled template called <paramref name="name"/>, compiled on first use.</summary>
    /// <param name="name">One of <see cref="Names"/>. Never a path: names are looked up, not opened.</param>
    /// <returns>The compiled template, safe to render from many threads at once.</returns>
    /// <exception cref="KeyNotFoundException">No template has that name.</exception>
    /// <exception cref="TemplateException">The template file has errors; a later call tries again.</exception>
    MinutesTemplate GetTemplate(string name);
}
