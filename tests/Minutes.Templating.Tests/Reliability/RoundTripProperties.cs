using Minutes.Templating.Input;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>Writing a meeting as YAML or JSON and reading it back gives an equal meeting: no path loses data.</summary>
public sealed class RoundTripProperties
{
    /// <summary>YAML written by <see cref="MeetingWriter.ToYaml"/> reads back equal.</summary>
    /// <param name="meeting">A generated meeting.</param>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(MeetingGenerators)], MaxTest = 500, Replay = BuiltInTemplateProperties.Seed)]
    public void YamlRoundTrips(Meeting meeting)
    {
        var read = MeetingReader.Read(MeetingWriter.ToYaml(meeting), "generated.yaml", InputFormat.Yaml);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(meeting, read.Meeting);
    }

    /// <summary>JSON written by <see cref="MeetingWriter.ToJson"/> reads back equal.</summary>
    /// <param name="meeting">A generated meeting.</param>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(MeetingGenerators)], MaxTest = 500, Replay = BuiltInTemplateProperties.Seed)]
    public void JsonRoundTrips(Meeting meeting)
    {
        var read = MeetingReader.Read(MeetingWriter.ToJson(meeting), "generated.json", InputFormat.Json);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(meeting, read.Meeting);
    }
}
