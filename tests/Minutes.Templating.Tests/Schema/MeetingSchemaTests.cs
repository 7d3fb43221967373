using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using Minutes.Templating.Input;
using Minutes.Templating.Schema;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Schema;

public class MeetingSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(MeetingSchema.Json);

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repository.Examples())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_file_satisfies_the_schema(string name)
    {
        var text = File.ReadAllText(Repository.Example(name));
        var root = YamlInputReader.Read(text, name, InputLimits.Default)!;

        var results = Schema.Evaluate(Element(ToJson(root)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_written_as_json_satisfies_the_schema(string name)
    {
        var meeting = MeetingReader.ReadFile(Repository.Example(name)).Meeting!;

        var results = Schema.Evaluate(Element(JsonNode.Parse(MeetingWriter.ToJson(meeting))));

        Assert.True(results.IsValid);
    }

    [Theory]
    [InlineData("{\"agency\": \"x\"}")]
    [InlineData("{\"agency\": \"x\", \"name\": \"n\", \"date\": \"2017-07-18\", \"start\": \"13:30\", \"location\": \"l\", \"chair\": {\"name\": \"c\"}, \"locaton\": 1}")]
    [InlineData("{\"agency\": \"x\", \"name\": \"n\", \"date\": \"2017-07-18\", \"start\": \"13:30\", \"location\": \"l\", \"chair\": {\"name\": \"c\"}, \"sections\": [{\"kind\": \"report\"}]}")]
    public void The_schema_rejects_what_the_reader_rejects(string json)
    {
        Assert.False(MeetingReader.Read(json, "x.json").Succeeded);
        Assert.False(Schema.Evaluate(Element(JsonNode.Parse(json))).IsValid);
    }

    [Fact]
    public void Descriptions_are_in_chinese()
    {
        var schema = JsonNode.Parse(MeetingSchema.Json)!;

        Assert.Equal("機關全銜，例如：宜蘭縣政府", (string?)schema["$defs"]!["Meeting"]!["properties"]!["agency"]!["description"]);
    }

    private static System.Text.Json.JsonElement Element(JsonNode? node) =>
        System.Text.Json.JsonDocument.Parse(node!.ToJsonString()).RootElement;

    /// <summary>YAML plain scalars become JSON numbers or booleans when they look like them, as a YAML-to-JSON tool would.</summary>
    private static JsonNode? ToJson(DataNode node) => node switch
    {
        DataMapping m => new JsonObject(m.Entries.Select(e => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(e.Key.Value, ToJson(e.Value)))),
        DataSequence s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        DataScalar { IsNull: true } => null,
        DataScalar { Style: ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        DataScalar { Style: ScalarStyle.Plain } p when int.TryParse(p.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        DataScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    [Fact]
    public void The_schema_file_shipped_in_the_package_is_the_generated_schema()
    {
        var shipped = File.ReadAllText(Path.Combine(Repository.Root, "templates", "meeting.schema.json")).ReplaceLineEndings("\n");

        Assert.True(shipped.TrimEnd() == MeetingSchema.Json.ReplaceLineEndings("\n"),
            "templates/meeting.schema.json is out of date: run `dotnet run --project src/Minutes.Cli -- schema > templates/meeting.schema.json`");
    }
}
