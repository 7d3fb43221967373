using System.Collections.Generic;
using System.IO;
using System.Text;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>Embedded data: the part a render stores and reads back unchanged.</summary>
public sealed class EmbeddedDataTests
{
    private static Dictionary<string, object?> Globals() => new() { ["meeting"] = new TestMeeting("會議室", "主席", []) };

    [Fact]
    public void EmbeddedDataIsExtractedUnchanged()
    {
        const string data = "{\"meeting\":{\"location\":\"本府第一會議室\",\"note\":\"<&>\\n\"}}";
        var template = TestTemplates.Compile(new TestDocx { Body = Para("{{ meeting.location }}") });

        var output = TestTemplates.Render(template, Globals(), new RenderOptions { EmbeddedData = data });

        Assert.Equal(data, EmbeddedData.Extract(new MemoryStream(output), PackageLimits.Default));
        Assert.Null(EmbeddedData.Extract(new MemoryStream(TestTemplates.Render(template, Globals())), PackageLimits.Default));
    }

    [Theory]
    [InlineData("{\"name\":\"會報\"}")]
    [InlineData("{\"text\":\"a < b && c > d\"}")]
    [InlineData("")]
    public void Streamed_data_part_equals_the_built_one(string json)
    {
        using var streamed = new MemoryStream();

        EmbeddedDataSlot.WriteItem(streamed, s => s.Write(Encoding.UTF8.GetBytes(json), 0, Encoding.UTF8.GetByteCount(json)));

        Assert.Equal(Encoding.UTF8.GetString(EmbeddedDataSlot.BuildItem(json)), Encoding.UTF8.GetString(streamed.ToArray()));
    }
}
