using System.Collections.Generic;
using System.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Tests.Diagnostics;

public sealed class DataPathTests
{
    /// <summary>Steps from the root: a key, or an index written as "[n]".</summary>
    public static TheoryData<string[], string> Written => new()
    {
        { [], "" },
        { ["agency"], "agency" },
        { ["chair", "name"], "chair.name" },
        { ["sections", "[1]", "items", "[0]", "decision"], "sections[1].items[0].decision" },
        { ["notice", "copies", "[12]"], "notice.copies[12]" },
        { ["sections", "[0]", "items", "[0]", "items", "[3]", "text"], "sections[0].items[0].items[3].text" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Steps_are_written_with_dots_and_brackets(string[] steps, string expected)
    {
        Assert.Equal(expected, Build(steps).ToString());
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void Parsing_reads_what_is_written(string[] steps, string written)
    {
        var parsed = DataPath.Parse(written);

        Assert.Equal(Build(steps), parsed);
        Assert.Equal(Build(steps).GetHashCode(), parsed.GetHashCode());
        Assert.Equal(written, parsed.ToString());
        Assert.Equal(steps.Length, parsed.Depth);
    }

    [Theory]
    [InlineData("sections[1].items[0].decision", "sections[1].items[0]")]
    [InlineData("sections[1].items[0]", "sections[1].items")]
    [InlineData("sections[1].items", "sections[1]")]
    [InlineData("sections[1]", "sections")]
    [InlineData("sections", "")]
    public void The_parent_drops_the_last_step(string path, string parent)
    {
        Assert.Equal(parent, DataPath.Parse(path).Parent!.ToString());
    }

    [Fact]
    public void The_root_has_no_parent_and_no_step()
    {
        Assert.True(DataPath.Root.IsRoot);
        Assert.Null(DataPath.Root.Parent);
        Assert.Null(DataPath.Root.Key);
        Assert.Equal(-1, DataPath.Root.Index);
        Assert.Same(DataPath.Root, DataPath.Parse(""));
    }

    public static TheoryData<string, string[], string?> Located => new()
    {
        { "sections[1].items[0].text", ["sections[1].items[0].text", "sections[1].items[0]"], "sections[1].items[0].text" },
        { "sections[1].items[0].text", ["sections[1].items[0]", "sections"], "sections[1].items[0]" },
        { "sections[1].items[0].text", ["sections", ""], "sections" },
        { "sections[1].items[0].text", [""], "" },
        { "attachments[2].title", ["sections"], null },
        { "", ["sections"], null },
    };

    [Theory]
    [MemberData(nameof(Located))]
    public void The_nearest_located_ancestor_is_found(string path, string[] known, string? expected)
    {
        var found = DataPath.Parse(path).Nearest(p => known.Contains(p.ToString()) ? new SourceLocation(p.ToString(), 1, 1) : (SourceLocation?)null);

        Assert.Equal(expected, found?.File);
    }

    [Theory]
    [InlineData("a.b", "a.c")]
    [InlineData("a[0]", "a[1]")]
    [InlineData("a[0]", "a.b")]
    [InlineData("a", "a.a")]
    public void Different_paths_are_unequal(string left, string right)
    {
        Assert.NotEqual(DataPath.Parse(left), DataPath.Parse(right));
    }

    private static DataPath Build(IEnumerable<string> steps) => steps.Aggregate(DataPath.Root, (path, step) =>
        step.StartsWith('[') ? path.Item(int.Parse(step.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)) : path.Property(step));
}
