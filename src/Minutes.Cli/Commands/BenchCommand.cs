using Minutes.Templating.Diagnostics;
using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Minutes.Templating;
using Minutes.Templating.Model;
using Minutes.Templating.Validation;

namespace Minutes.Cli.Commands;

/// <summary><c>minutes bench</c>: how fast this machine renders a meeting, for sizing a server.</summary>
internal static class BenchCommand
{
    /// <summary>
    /// The most reports --reports generates: 4,000 reports of 6 suggestions stay under a render's
    /// default budgets (100,000 loop iterations, 5,000,000 evaluation steps); 5,000 do not.
    /// </summary>
    private const int MaxReports = 4_000;

    private const int WarmUpRenders = 10;

    /// <summary>Long enough for the runtime to recompile the hot methods optimised (tiered compilation).</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var input = (new Argument<string>("input") { Description = "A meeting file (.yaml/.yml/.json) or - for standard input / 會議資料檔，或 - 表示標準輸入" }).RefusingUnknownOptions();
        var template = new Option<string>("--template", "-t")
        {
            Description = "Built-in template (minutes, notice, sign-in) or a .docx template / 內建範本名稱或 .docx 範本路徑",
            DefaultValueFactory = _ => "minutes",
        };
        var iterations = new Option<int>("--iterations", "-n")
        {
            Description = "Documents to time after the warm-up / 暖機後計時之文件份數",
            DefaultValueFactory = _ => 200,
        };
        var parallel = new Option<bool>("--parallel")
        {
            Description = "Render the documents on every core at once and report throughput / 以全部核心同時產生，量測吞吐量",
        };
        var reports = new Option<int?>("--reports")
        {
            Description = "Replace the reports with N (at most 4,000) generated reports of 6 suggestions each, to time long meetings / 以 N 則（最多 4,000 則，每則 6 項建議）產生之報告案取代原報告案，量測長篇紀錄",
        };
        iterations.Validators.Add(r =>
        {
            // Read the token, not the value: a value that is not a number is the parser's error to report.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var count) && count < 1)
            {
                r.AddError("--iterations must be at least 1 / 份數至少為 1");
            }
        });
        reports.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var count) && count < 0)
            {
                r.AddError("--reports cannot be negative / 報告案數不可為負");
            }
            else if (r.Tokens.Count == 1 && long.TryParse(r.Tokens[0].Value, out var many) && many > MaxReports)
            {
                // Generated in memory before any render: a huge count ran out of memory with a stack trace.
                r.AddError($"--reports is at most {MaxReports:N0} (more would pass a render's loop and step limits) / 報告案數最多 {MaxReports:N0}");
            }
        });

        var command = new Command("bench", """
            Measure rendering speed on this machine: milliseconds per document (median), documents
            per second and peak memory. The last line is machine-readable:
            ms/doc <median> docs/s <n> peak-MB <n>
            量測本機產生文件之速度：每份毫秒數（中位數）、每秒份數及記憶體峰值；最後一行供程式讀取。

            Example / 範例:
              minutes bench templates/examples/yilan-2017.yaml
              minutes bench templates/examples/yilan-2017.yaml --reports 500 -n 20
              minutes bench templates/examples/yilan-2017.yaml -n 1000 --parallel
            """);
        command.Arguments.Add(input);
        command.Options.Add(template);
        command.Options.Add(iterations);
        command.Options.Add(parallel);
        command.Options.Add(reports);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(template)!, parse.GetValue(iterations), parse.GetValue(parallel), parse.GetValue(reports)));
        return command;
    }

    private static int Run(string file, string templateName, int iterations, bool parallel, int? reports)
    {
        var read = InputFiles.Read(file);
        if (!read.Succeeded)
        {
            Messages.Diagnostics(read.Diagnostics);
            return ExitCodes.Failed;
        }

        var template = TemplateResolver.Resolve(templateName);
        if (template is null)
        {
            return ExitCodes.Failed;
        }

        var meeting = reports is { } count ? MeetingGenerator.WithReports(read.Meeting!, count) : read.Meeting!;
        long size;
        try
        {
            size = WarmUp(template, meeting);
        }
        catch (TemplateException e)
        {
            RenderErrors.Report(e, file);
            return ExitCodes.Failed;
        }
        catch (InvalidMeetingException e)
        {
            RenderErrors.Report(e, read);
            return ExitCodes.Failed;
        }

        var times = new double[iterations];
        var wall = Stopwatch.StartNew();
        if (parallel)
        {
            Parallel.For(0, iterations, () => new MemoryStream(), (i, _, buffer) =>
            {
                times[i] = Time(template, meeting, buffer);
                return buffer;
            }, buffer => buffer.Dispose());
        }
        else
        {
            using var buffer = new MemoryStream();
            for (var i = 0; i < iterations; i++)
            {
                times[i] = Time(template, meeting, buffer);
            }
        }

        wall.Stop();
        Report(template.Name, meeting, size, iterations, parallel, times, wall.Elapsed.TotalSeconds);
        return ExitCodes.Success;
    }

    /// <summary>Renders documents for a while before timing (compilation, caches), returning the document's size.</summary>
    private static long WarmUp(MinutesTemplate template, Meeting meeting)
    {
        using var buffer = new MemoryStream();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpRenders || clock.Elapsed < WarmUpTime; i++)
        {
            buffer.SetLength(0);
            template.Render(meeting, buffer);
        }

        return buffer.Length;
    }

    private static double Time(MinutesTemplate template, Meeting meeting, MemoryStream buffer)
    {
        buffer.SetLength(0);
        var start = Stopwatch.GetTimestamp();
        template.Render(meeting, buffer);
        return (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
    }

    private static void Report(string templateName, Meeting meeting, long size, int iterations, bool parallel, double[] times, double seconds)
    {
        Array.Sort(times);
        var median = times.Length % 2 == 1 ? times[times.Length / 2] : (times[(times.Length / 2) - 1] + times[times.Length / 2]) / 2;
        var p90 = times[Math.Min(times.Length - 1, (int)Math.Ceiling(times.Length * 0.9) - 1)];
        var perSecond = iterations / seconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var peakMegabytes = peak / (1024.0 * 1024.0);
        var reports = meeting.Sections.OfType<ReportsSection>().Sum(s => s.Items.Count);
        var mode = parallel
            ? $"{Environment.ProcessorCount} 核心同時 (parallel on {Humanized.Count(Environment.ProcessorCount, "core")})"
            : "逐份 (one at a time)";
        var wall = TimeSpan.FromSeconds(seconds);
        var (zh, en) = (Humanized.Chinese, Humanized.English);

        Messages.Line(Console.Out, Invariant($"範本 {templateName}，報告案 {reports} 則，文件 {Humanized.Size(size, zh)}，{iterations} 份，{mode} (template {templateName}, {Humanized.Count(reports, "report")}, {Humanized.Size(size, en)} document, {Humanized.Count(iterations, "document")})"));
        Messages.Line(Console.Out, Invariant($"每份 中位數 {median:0.000} 毫秒，最快 {times[0]:0.000}，90% {p90:0.000} (per document: median {median:0.000} ms, min {times[0]:0.000}, p90 {p90:0.000})"));
        Messages.Line(Console.Out, Invariant($"每秒 {perSecond:0.0} 份，共 {Humanized.Duration(wall, zh)} (throughput {perSecond:0.0} documents/s, {Humanized.Duration(wall, en)} wall)"));
        Messages.Line(Console.Out, Invariant($"記憶體峰值 {Humanized.Size(peak, zh)} (peak memory {Humanized.Size(peak, en)}, whole process)"));
        Messages.Line(Console.Out, Invariant($"ms/doc {median:0.000} docs/s {perSecond:0.0} peak-MB {peakMegabytes:0.0}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
