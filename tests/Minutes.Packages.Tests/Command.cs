using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Minutes.Packages.Tests;

/// <summary>Runs a program (dotnet, the installed tool) to completion and fails the test when it fails.</summary>
internal static class Command
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <paramref name="program"/>; returns its standard output; asserts exit code 0.</summary>
    public static string Run(string program, string workingDirectory, params string[] arguments) =>
        Run(program, workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <paramref name="program"/> with extra environment variables; asserts exit code 0.</summary>
    public static string Run(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A child build must not reuse this test run's MSBuild node or inherit its properties.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
