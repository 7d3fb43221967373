using System;
using System.Net.Http;

namespace Minutes.Addin.Tests.Load;

/// <summary>One kind of request in a load run and how to judge its answer.</summary>
/// <param name="Kind">The name the figures are reported under, such as <c>section ooxml</c>.</param>
/// <param name="IsGood">Whether a well-behaved client sends it (a good request must succeed).</param>
/// <param name="CreateRequest">Builds a fresh request each time (a request message is sent once).</param>
/// <param name="Check">Judges the status and body: <see langword="null"/> when right, otherwise why not.</param>
public sealed record LoadCase(
    string Kind,
    bool IsGood,
    Func<HttpRequestMessage> CreateRequest,
    Func<HttpResponseMessage, byte[], string?> Check);
