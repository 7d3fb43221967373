using System.Collections.Generic;

namespace Minutes.Addin.Tests.Load;

/// <summary>The outcome of one request kind over a whole load run.</summary>
/// <param name="Kind">The request kind.</param>
/// <param name="IsGood">Whether it is a request a well-behaved client sends.</param>
/// <param name="Requests">How many were answered or failed.</param>
/// <param name="Failures">How many got a wrong status or body, or no answer.</param>
/// <param name="ServerErrors">How many got a 5xx status.</param>
/// <param name="TransportErrors">How many got no answer at all (connection error or timeout).</param>
/// <param name="FailureSamples">The first few failure messages.</param>
/// <param name="Latency">Latency of every request, from sending to the last byte of the body.</param>
/// <param name="PerSecond">Requests of this kind completed per second of the run.</param>
public sealed record LoadKindResult(
    string Kind,
    bool IsGood,
    int Requests,
    int Failures,
    int ServerErrors,
    int TransportErrors,
    IReadOnlyList<string> FailureSamples,
    LatencyStats Latency,
    double PerSecond);
