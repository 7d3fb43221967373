namespace Minutes.Addin.Tests.Load;

/// <summary>
/// The load test runs alone, after the parallel tests: it saturates the machine, and its memory
/// figures are of the whole test process, so no other test may run beside it.
/// </summary>
[CollectionDefinition(nameof(LoadTestGroup), DisableParallelization = true)]
public sealed class LoadTestGroup;
