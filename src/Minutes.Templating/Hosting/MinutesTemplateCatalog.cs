using Minutes.Templating.Diagnostics;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Compilation;

namespace Minutes.Templating.Hosting;

/// <summary>
/// The built-in templates plus the <c>.docx</c> files of the configured template folders,
/// compiled on first use, cached, and shared. Template names are looked up in what the
/// folders held when first asked; a client-supplied name can never reach another file.
/// </summary>
public sealed class MinutesTemplateCatalog : IMinutesTemplates
{
    private readonly MinutesTemplatingOptions options;
    private readonly ILogger logger;
    private readonly Lazy<IReadOnlyDictionary<string, string?>> sources;
    private readonly Lazy<IReadOnlyList<string>> names;
    private readonly ConcurrentDictionary<string, Lazy<MinutesTemplate>> compiled = new(StringComparer.Ordinal);

    /// <summary>Creates the catalog; nothing is read until a template is asked for.</summary>
    /// <param name="options">Template folders and limits.</param>
    /// <param name="logger">Receives compile events and failures; none when null.</param>
    public MinutesTemplateCatalog(IOptions<MinutesTemplatingOptions> options, ILogger<MinutesTemplateCatalog>? logger = null)
    {
        this.options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        sources = new Lazy<IReadOnlyDictionary<string, string?>>(FindSources);
        names = new Lazy<IReadOnlyList<string>>(() => sources.Value.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Names => names.Value;

    /// <inheritdoc />
    public MinutesTemplate GetTemplate(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (!sources.Value.TryGetValue(name, out var path))
        {
            throw new KeyNotFoundException(
                $"找不到範本「{name}」；可用範本：{string.Join("、", Names)} (no template named '{name}'; available: {string.Join(", ", Names)})");
        }

        var entry = compiled.GetOrAdd(name, n => new Lazy<MinutesTemplate>(() => Compile(n, path)));
        try
        {
            return entry.Value;
        }
        catch (TemplateException)
        {
            // Forget the failure so that a corrected file is picked up by the next call.
            ((ICollection<KeyValuePair<string, Lazy<MinutesTemplate>>>)compiled).Remove(new KeyValuePair<string, Lazy<MinutesTemplate>>(name, entry));
            throw;
        }
    }

    private MinutesTemplate Compile(string name, string? path)
    {
        if (path is null && options.Limits == TemplateOptions.Default)
        {
            return MinutesTemplate.BuiltIn(name);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            MinutesTemplate template;
            if (path is null)
            {
                using var docx = BuiltInTemplates.Open(name);
                template = MinutesTemplate.Compile(docx, name, options.Limits);
            }
            else
            {
                template = MinutesTemplate.Load(path, options.Limits);
            }

            CatalogLog.Compiled(logger, name, path ?? "built-in", clock.ElapsedMilliseconds);
            return template;
        }
        catch (TemplateException error)
        {
            CatalogLog.CompileFailed(logger, error, name, path ?? "built-in", error.Diagnostics.Count);
            throw;
        }
    }

    private Dictionary<string, string?> FindSources()
    {
        var found = BuiltInTemplates.All.ToDictionary(t => t.Name, _ => (string?)null, StringComparer.Ordinal);
        var fromFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in options.TemplateFolders)
        {
            if (!Directory.Exists(folder))
            {
                CatalogLog.FolderMissing(logger, folder);
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.docx").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!name.StartsWith("~$", StringComparison.Ordinal) && fromFolders.Add(name))
                {
                    found[name] = Path.GetFullPath(file);
                }
            }
        }

        CatalogLog.Found(logger, found.Count, fromFolders.Count);
        return found;
    }
}
