using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

/// <summary>
/// The Office.js stand-in the browser tests use (addin/taskpane/test/office-stub.js, its rules
/// read from @types/office-js by word-api.mjs) refuses what Word refuses and accepts what Word
/// accepts. A stand-in that accepted anything once let the pane pass 地點 as the insert location.
/// </summary>
public class OfficeStubTests
{
    private static readonly Task<System.Text.Json.JsonElement> Report = NodeScript.RunAsync("office-stub-test.mjs");

    [Theory]
    [InlineData("meetingPlaceAsInsertLocation", "InvalidArgument", "insertLocation must be \"Before\" | \"After\" | \"Start\" | \"End\" | \"Replace\", not \"本府第一會議室\"")]
    [InlineData("insertLocationOutsideTheMethodsValues", "InvalidArgument", "Body.insertFileFromBase64: insertLocation must be \"Replace\" | \"Start\" | \"End\", not \"After\"")]
    [InlineData("wrongArgumentType", "InvalidArgument", "ooxml must be string, not 42")]
    [InlineData("missingArgument", "InvalidArgument", "the argument insertLocation is missing")]
    [InlineData("invalidSelectionMode", "InvalidArgument", "selectionMode must be \"Select\" | \"Start\" | \"End\", not \"Everything\"")]
    [InlineData("readBeforeLoad", "PropertyNotLoaded", "The property 'text' is not available")]
    [InlineData("readAfterLoadBeforeSync", "PropertyNotLoaded", "The property 'text' is not available")]
    [InlineData("loadUnknownProperty", "InvalidArgument", "Body has no property 'colour'")]
    [InlineData("searchTooLong", "InvalidArgument", "1 to 255 characters")]
    [InlineData("objectUsedAfterRun", "InvalidObjectPath", "after its Word.run batch ended")]
    [InlineData("syncAfterRun", "InvalidObjectPath", "context.sync() was called after its Word.run batch ended")]
    [InlineData("batchNotAFunction", "TypeError", "Word.run takes one batch function")]
    public async Task Refuses_what_Word_refuses(string useCase, string code, string message)
    {
        var outcome = (await Report).GetProperty("cases").GetProperty(useCase);
        Assert.True(outcome.GetProperty("rejected").GetBoolean(), $"{useCase} was accepted");
        Assert.Equal(code, outcome.GetProperty("code").GetString());
        Assert.Contains(message, outcome.GetProperty("message").GetString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("readAfterLoadAndSync", new[] { "壹、報告事項", "一、工作報告。" })]
    [InlineData("insertAfterSelection", new[] { "壹、報告事項", "一、工作報告。", "新段落" })]
    [InlineData("searchAndReplaceInParagraph", new[] { "壹、報告事項", "一、業務報告。", "新段落" })]
    public async Task Accepts_what_Word_accepts(string useCase, string[] paragraphs)
    {
        var outcome = (await Report).GetProperty("cases").GetProperty(useCase);
        Assert.False(outcome.GetProperty("rejected").GetBoolean(), outcome.ToString());
        Assert.Equal(paragraphs, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(outcome.GetProperty("value").EnumerateArray(), p => p.GetString())));
    }

    [Fact]
    public async Task Tables_come_from_the_installed_typings()
    {
        var installed = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(
            System.IO.Path.Combine(RepositoryPaths.TaskPane, "node_modules", "@types", "office-js", "package.json")));
        Assert.Equal(installed.RootElement.GetProperty("version").GetString(), (await Report).GetProperty("typingsVersion").GetString());
    }
}
