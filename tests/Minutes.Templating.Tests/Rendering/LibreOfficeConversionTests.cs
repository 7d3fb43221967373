using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Rendering;

/// <summary>Checks that rendered documents open in LibreOffice by converting one to PDF.</summary>
public sealed class LibreOfficeConversionTests
{
    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task RenderedDocumentConvertsToPdf()
    {
        Assert.True(File.Exists(Soffice), $"LibreOffice is not installed ({Soffice} is missing): run the project's install script to install it.");
        var docx = new TestDocx
        {
            Body = Para("{{ meeting.location }}會議紀錄")
                + Table(Row("單位", "報告"), Row("{{ for r in meeting.reports }}", ""), Row("{{ r.unit }}", "{{ r.default_title }}"), Row("{{ end }}", "")),
            Header = Para("{{ meeting.chair }}"),
            Footer = "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>",
        };
        var meeting = new TestMeeting("本府第一會議室", "林姿妙", [new TestReport("社會處", "業務報告", [])]);
        var output = TestTemplates.Render(docx, new Dictionary<string, object?> { ["meeting"] = meeting });
        var folder = Directory.CreateTempSubdirectory("minutes-soffice-");
        try
        {
            var input = Path.Combine(folder.FullName, "minutes.docx");
            File.WriteAllBytes(input, output);
            var start = new ProcessStartInfo(Soffice)
            {
                ArgumentList = { "--headless", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            var pdf = Path.Combine(folder.FullName, "minutes.pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"soffice failed ({process.ExitCode}): {await stdout} {await stderr}");
            Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
