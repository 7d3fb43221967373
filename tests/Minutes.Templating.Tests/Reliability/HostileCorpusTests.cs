using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// Every case of the hostile corpus through the library: reading, loading and rendering to a
/// file either succeed (when the case says so) or fail with the expected rule and message, in
/// bounded time, leaving no output and no temporary file behind.
/// </summary>
public sealed class HostileCorpusTests
{
    /// <summary>A guard to fail fast if a case hangs; not a speed assertion.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    /// <summary>Runs one case.</summary>
    /// <param name="name">The case name in corpus.json.</param>
    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public async Task Case_fails_clearly_or_succeeds_as_declared(string name)
    {
        var corpusCase = HostileCorpus.Get(name);
        var folder = Directory.CreateTempSubdirectory("minutes-corpus-").FullName;
        try
        {
            var (input, template) = HostileCorpus.Materialize(corpusCase, folder);
            var before = Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var output = Path.Combine(folder, "out.docx");

            var run = Task.Run(() => Run(input, template, output));
            Assert.True(await Task.WhenAny(run, Task.Delay(Guard)) == run, $"{name} did not finish within {Guard}");
            var problems = await run;

            if (corpusCase.ExitCode == 0)
            {
                Assert.True(problems.Count == 0, string.Join("\n", problems));
                Assert.True(File.Exists(output));
                return;
            }

            Assert.Contains(problems, d => d.RuleId == corpusCase.Rule && d.MessageEn.Contains(corpusCase.Message!, StringComparison.OrdinalIgnoreCase));
            Assert.All(problems, d => Assert.False(string.IsNullOrWhiteSpace(d.MessageZh)));
            Assert.Equal(before, Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static System.Collections.Generic.IReadOnlyList<Diagnostic> Run(string input, string template, string output)
    {
        var read = MeetingReader.ReadFile(input);
        if (!read.Succeeded)
        {
            return read.Diagnostics;
        }

        try
        {
            var compiled = template.EndsWith(".docx", StringComparison.Ordinal) ? MinutesTemplate.Load(template) : MinutesTemplate.BuiltIn(template);
            compiled.RenderToFile(read.Meeting!, output);
            return [];
        }
        catch (TemplateException e)
        {
            return e.Diagnostics;
        }
        catch (InvalidMeetingException e)
        {
            return e.Diagnostics;
        }
    }
}
