using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Minutes.Templating.Hosting;

// In the container's namespace, as is customary, so that AddMinutesTemplating needs no using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Minutes.Templating with Microsoft.Extensions.DependencyInjection.</summary>
public static class MinutesTemplatingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IMinutesTemplates"/> (a singleton <see cref="MinutesTemplateCatalog"/>:
    /// compiled templates cached and shared) configured by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets template folders and limits; may be called again to add more.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddMinutesTemplating(o => o.TemplateFolders.Add("/srv/minutes/templates"));
    /// </code>
    /// </example>
    public static IServiceCollection AddMinutesTemplating(this IServiceCollection services, Action<MinutesTemplatingOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions<MinutesTemplatingOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IMinutesTemplates, MinutesTemplateCatalog>();
        return services;
    }
}
