using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.BuiltIn;

/// <summary>
/// Every built-in template rendered with every example and converted to PDF, once for all
/// the tests that need LibreOffice (one soffice run: it is slow).
/// </summary>
public sealed class RenderedExamples : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("minutes-templates-");
    private readonly Lazy<IReadOnlyDictionary<(string Template, string Example), string>> _pdfs;

    public RenderedExamples()
    {
        _pdfs = new(Convert);
    }

    /// <summary>The template and example names, such as ("minutes", "yilan-2017.yaml").</summary>
    public static IEnumerable<(string Template, string Example)> Pairs() =>
        from template in BuiltInTemplates.All
        from example in Repository.Examples().Select(Path.GetFileName).OrderBy(e => e, StringComparer.Ordinal)
        select (template.Name, example!);

    /// <summary><see cref="Pairs"/> as theory data, for <c>[MemberData(nameof(RenderedExamples.PairData), MemberType = typeof(RenderedExamples))]</c>.</summary>
    public static TheoryData<string, string> PairData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (template, example) in Pairs())
        {
            data.Add(template, example);
        }

        return data;
    }

    /// <summary>Renders one example, which must read without a single diagnostic, with one built-in template.</summary>
    public static byte[] Render(string template, string example)
    {
        var read = MeetingReader.ReadFile(Repository.Example(example));
        Assert.True(read.Succeeded && read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics.Select(d => $"{d.Path}: {d.MessageEn}")));
        return MinutesTemplate.BuiltIn(template).RenderToBytes(read.Meeting!);
    }

    /// <summary>The PDF LibreOffice made of the rendered example.</summary>
    public string Pdf(string template, string example) => _pdfs.Value[(template, example)];

    public void Dispose() => _folder.Delete(recursive: true);

    private IReadOnlyDictionary<(string Template, string Example), string> Convert()
    {
        var pairs = Pairs().ToList();
        var docxFiles = pairs.Select(p =>
        {
            var path = Path.Combine(_folder.FullName, $"{p.Template}-{Path.GetFileNameWithoutExtension(p.Example)}.docx");
            File.WriteAllBytes(path, Render(p.Template, p.Example));
            return path;
        }).ToList();
        var pdfs = OfficeTools.ConvertToPdf(docxFiles, _folder.FullName);
        return pairs.Zip(pdfs).ToDictionary(p => p.First, p => p.Second);
    }
}
