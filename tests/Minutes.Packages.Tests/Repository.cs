using System;
using System.IO;

namespace Minutes.Packages.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Minutes.Templating.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Minutes.Templating.sln not found above " + AppContext.BaseDirectory);
    }
}
