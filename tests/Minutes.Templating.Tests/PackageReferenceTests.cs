using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Model;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests;

/// <summary>
/// Every package the library hands on to its consumers is used by its code: the compiler
/// records a reference only to an assembly the code uses, so a package whose assembly is not
/// referenced is one every consumer downloads for nothing.
/// </summary>
public sealed class PackageReferenceTests
{
    [Fact]
    public void Every_package_reference_of_the_library_is_used_by_its_code()
    {
        var project = XDocument.Load(Path.Combine(Repository.Root, "src", "Minutes.Templating", "Minutes.Templating.csproj"));
        var packages = project.Descendants("PackageReference")
            // Build-time tools (analyzers, polyfill generators) reach no consumer.
            .Where(p => (string?)p.Attribute("PrivateAssets") != "all")
            // Framework-conditional references polyfill what net8.0 has built in; this test sees the net8.0 build.
            .Where(p => p.Parent?.Attribute("Condition") is null)
            .Select(p => (string)p.Attribute("Include")!)
            .ToList();
        var referenced = typeof(Meeting).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(packages);
        // Each of these packages ships one assembly named as the package.
        Assert.All(packages, package => Assert.Contains(package, referenced));
    }
}
