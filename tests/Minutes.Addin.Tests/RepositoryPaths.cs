using System;
using System.IO;

namespace Minutes.Addin.Tests;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Service => Path.Combine(Root, "addin", "Minutes.Addin.Service");

    public static string WebRoot => Path.Combine(Service, "wwwroot");

    public static string TaskPane => Path.Combine(Root, "addin", "taskpane");

    public static string Manifest => Path.Combine(Root, "addin", "manifest.xml");

    public const string InstallHint = "Run addin/install.sh (npm ci and build of addin/taskpane, apt-get install chromium) first.";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Minutes.Templating.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Minutes.Templating.sln not found above " + AppContext.BaseDirectory);
    }
}
