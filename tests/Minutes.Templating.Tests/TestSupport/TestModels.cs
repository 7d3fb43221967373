using System.Collections.Generic;

namespace Minutes.Templating.Tests.TestSupport;

public sealed record TestResponse(string Text);

public sealed record TestSuggestion(string Speaker, string Content, IReadOnlyList<TestResponse> Responses);

public sealed record TestReport(string Unit, string DefaultTitle, IReadOnlyList<TestSuggestion> Suggestions);

public sealed record TestMeeting(string Location, string? Chair, IReadOnlyList<TestReport> Reports);
