using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Minutes.Cli.Tests;

/// <summary>Runs the real <c>minutes</c> tool as a separate process.</summary>
internal static class Tool
{
    /// <summary>The tool's entry assembly, for tests that start it through a shell.</summary>
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "minutes.dll");

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(RepositoryRoot, "templates", "examples", name);

    public static ToolResult Run(string workingDirectory, params string[] arguments) =>
        RunWith(workingDirectory, null, null, arguments);

    public static ToolResult RunWith(string workingDirectory, string? stdin, string? path, params string[] arguments) =>
        Start(workingDirectory, stdin, path, null, arguments);

    /// <summary>
    /// Runs the tool with its managed heap capped at <paramref name="heapLimitBytes"/>
    /// (<c>DOTNET_GCHeapHardLimit</c>): a run that needs more fails with an out-of-memory crash,
    /// which the caller's checks of exit code and stack trace then report.
    /// </summary>
    public static ToolResult RunBounded(string workingDirectory, long heapLimitBytes, params string[] arguments) =>
        Start(workingDirectory, null, null, heapLimitBytes, arguments);

    private static ToolResult Start(string workingDirectory, string? stdin, string? path, long? heapLimitBytes, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        if (heapLimitBytes is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool may stop reading early, as it does past the input size limit.
        }

        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("minutes " + string.Join(" ", arguments));
        }

        Task.WaitAll(output, error);
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minutes.Templating.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}

internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
