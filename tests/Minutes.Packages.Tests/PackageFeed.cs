using System;
using System.IO;
using System.Linq;

namespace Minutes.Packages.Tests;

/// <summary>
/// A local folder feed holding what `dotnet pack` makes of the solution, packed once for all
/// package tests. Packing uses its own artifacts folder, so it never touches the build the tests run
/// from; the packages get a version of their own, so no consumer restores a stale copy from
/// the NuGet cache.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("minutes-packages-").FullName;
        Folder = Directory.CreateDirectory(System.IO.Path.Combine(Root, "feed")).FullName;
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var artifacts = System.IO.Path.Combine(Root, "artifacts");
        // The whole solution, as `dotnet pack -c Release` at the repository root packs it.
        Command.Run("dotnet", Repository.Root, "pack", Repository.Path("Minutes.Templating.sln"), "-c", "Release",
            "--artifacts-path", artifacts, "-o", Folder, $"-p:Version={Version}");

        File.WriteAllText(System.IO.Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="minutes-local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>A temporary folder for everything the package tests write; nuget.config in it adds the feed.</summary>
    public string Root { get; }

    /// <summary>The feed folder: the .nupkg and .snupkg files.</summary>
    public string Folder { get; }

    /// <summary>The version the packages were packed with.</summary>
    public string Version { get; }

    /// <summary>The path of the package <paramref name="id"/> (the .nupkg, or the .snupkg for symbols).</summary>
    public string Package(string id, bool symbols = false) =>
        System.IO.Path.Combine(Folder, $"{id}.{Version}.{(symbols ? "snupkg" : "nupkg")}");

    /// <summary>Copies tests/Consumers into the feed's folder, where nuget.config applies.</summary>
    public string CopyConsumers()
    {
        var target = System.IO.Path.Combine(Root, "consumers");
        var source = Repository.Path("tests", "Consumers");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        return target;
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);

        // The test versions restored into the NuGet cache are of no use to anyone afterwards.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "minutes.templating", "minutes.cli" })
        {
            var restored = System.IO.Path.Combine(cache, id, Version);
            if (Directory.Exists(restored))
            {
                Directory.Delete(restored, recursive: true);
            }
        }
    }
}
