namespace Minutes.Packages.Tests;

/// <summary>The package tests share one packed feed and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
