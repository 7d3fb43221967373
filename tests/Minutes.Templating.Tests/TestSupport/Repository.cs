using System;
using System.IO;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>Paths inside the repository and beside it, found from the test binaries.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minutes.Templating.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Minutes.Templating.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Example(string name) => Path.Combine(Root, "templates", "examples", name);

    public static string[] Examples() => Directory.GetFiles(Path.Combine(Root, "templates", "examples"), "*.yaml");

    /// <summary>The shared folder beside the repository (seed and conventions).</summary>
    public static string Shared(params string[] parts) => Path.Combine(Path.GetDirectoryName(Root)!, "shared", Path.Combine(parts));
}
