using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

/// <summary>
/// Runs a Node script of addin/taskpane/test (Playwright driving Debian's Chromium) and returns
/// the JSON report it prints as its last line. Fails, never skips, when a tool is missing.
/// </summary>
internal static class NodeScript
{
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}. {RepositoryPaths.InstallHint}");
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.TaskPane, "node_modules", "playwright-core")), "addin/taskpane/node_modules is missing. " + RepositoryPaths.InstallHint);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.WebRoot, "taskpane.js")), "The task pane is not built. " + RepositoryPaths.InstallHint);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.TaskPane,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("test", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROMIUM_PATH"] = ChromiumPath;

        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("node could not be started. " + RepositoryPaths.InstallHint, exception);
        }

        using (node)
        {
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException($"{script} did not finish in 5 minutes: " + await errors);
            }

            var stdout = await output;
            Assert.True(node.ExitCode == 0, $"{script} failed ({node.ExitCode}):\n{await errors}\n{stdout}");
            var lastLine = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            return JsonDocument.Parse(lastLine).RootElement.Clone();
        }
    }
}
