using System.Collections.Generic;

namespace Minutes.Addin.Tests.Load;

/// <summary>What one worker saw for one request kind; merged into a <see cref="LoadKindResult"/> at the end.</summary>
internal sealed class LoadTally
{
    public const int FailureSamplesKept = 5;

    public List<double> LatenciesMs { get; } = [];

    public int Failures { get; set; }

    public int ServerErrors { get; set; }

    public int TransportErrors { get; set; }

    public List<string> FailureSamples { get; } = [];

    public void AddFailure(string message)
    {
        Failures++;
        if (FailureSamples.Count < FailureSamplesKept)
        {
            FailureSamples.Add(message);
        }
    }
}
