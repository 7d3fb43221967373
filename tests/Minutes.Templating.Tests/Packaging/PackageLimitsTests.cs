using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;
using Minutes.Templating.Rendering;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Packaging;

/// <summary>
/// Issue 20: one <see cref="PackageLimits"/> for reading a template, reading an include file and
/// extracting the data of a document; each path accepts its input at the limit and refuses it one
/// byte (or one entry) past it.
/// </summary>
public sealed class PackageLimitsTests
{
    private static readonly byte[] Template = new TestDocx { Body = Para("{{ name }}") }.Build();

    private static long InflatedBytes(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Sum(e => e.Length);
    }

    private static int Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Count;
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void ReadingATemplateStopsOneBytePastTheLimit(int over, bool accepted)
    {
        var limit = InflatedBytes(Template) - over;

        var compile = () => TemplateCompiler.Compile(new MemoryStream(Template), "t.docx", new TemplateOptions { MaxPackageBytes = limit });

        if (accepted)
        {
            Assert.NotNull(compile());
        }
        else
        {
            var error = Assert.Throws<TemplateException>(compile);
            Assert.Contains("size limit of " + limit, Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void ExtractingStopsOneBytePastTheLimit(int over, bool accepted)
    {
        var document = TestTemplates.Render(TestTemplates.Compile(new TestDocx { Body = Para("{{ name }}") }), Globals(), new RenderOptions { EmbeddedData = "{\"name\":\"會議\"}" });
        var limits = new PackageLimits(Entries(document), InflatedBytes(document) - over);

        var extract = () => EmbeddedData.Extract(new MemoryStream(document), limits);

        if (accepted)
        {
            Assert.Equal("{\"name\":\"會議\"}", extract());
        }
        else
        {
            var error = Assert.Throws<TemplateException>(extract);
            Assert.Contains("size limit of " + limits.MaxBytes, Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExtractingStopsOneEntryPastTheLimit()
    {
        var document = TestTemplates.Render(TestTemplates.Compile(new TestDocx { Body = Para("{{ name }}") }), Globals(), new RenderOptions { EmbeddedData = "{}" });
        var limits = new PackageLimits(Entries(document) - 1, InflatedBytes(document));

        var error = Assert.Throws<TemplateException>(() => EmbeddedData.Extract(new MemoryStream(document), limits));

        Assert.Contains("more than the limit of " + limits.MaxEntries, Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void ReadingAnIncludeStopsOneBytePastTheLimit(int over, bool accepted)
    {
        var folder = Directory.CreateTempSubdirectory("minutes-limits-").FullName;
        try
        {
            // The include is larger than the template package, so the one limit is reached by the include.
            var include = "{{ name }}" + new string('附', 20_000);
            var includeBytes = System.Text.Encoding.UTF8.GetByteCount(include);
            File.WriteAllText(Path.Combine(folder, "part.txt"), include);
            var path = Path.Combine(folder, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"part.txt\" }}") }.Build());
            Assert.True(InflatedBytes(File.ReadAllBytes(path)) < includeBytes - 1);
            var template = new TemplateRenderer(TemplateCompiler.Load(path, new TemplateOptions { MaxPackageBytes = includeBytes - over }));

            var render = () => TestTemplates.Render(template, Globals());

            if (accepted)
            {
                Assert.Contains("會議附附", string.Concat(Docx.Open(render()).ParagraphTexts), StringComparison.Ordinal);
            }
            else
            {
                var error = Assert.Throws<TemplateException>(render);
                Assert.Contains("larger than " + (includeBytes - over) + " bytes", Assert.Single(error.Diagnostics).MessageEn, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(false, 5, true)]
    [InlineData(false, 6, false)]
    [InlineData(true, 5, true)]
    [InlineData(true, 6, false)]
    public void An_include_is_held_to_the_templates_tag_limit(bool fromFolder, int tags, bool accepted)
    {
        var include = string.Concat(Enumerable.Repeat("{{ name }}", tags));
        var options = new TemplateOptions { MaxTags = 5 };
        var folder = Directory.CreateTempSubdirectory("minutes-limits-").FullName;
        try
        {
            var path = Path.Combine(folder, "t.docx");
            File.WriteAllBytes(path, new TestDocx { Body = Para("{{ include \"part.txt\" }}") }.Build());
            File.WriteAllText(Path.Combine(folder, "part.txt"), include);
            var compiled = fromFolder
                ? TemplateCompiler.Load(path, options)
                : TemplateCompiler.Load(path, options with { Includes = new Dictionary<string, string> { ["part.txt"] = include } });
            var render = () => TestTemplates.Render(new TemplateRenderer(compiled), Globals());

            if (accepted)
            {
                Assert.Equal([string.Concat(Enumerable.Repeat("會議", tags))], Docx.Open(render()).ParagraphTexts);
            }
            else
            {
                var error = Assert.Single(Assert.Throws<TemplateException>(render).Diagnostics);
                Assert.Contains("the included 'part.txt' holds more tags than the limit (5)", error.MessageEn, StringComparison.Ordinal);
                Assert.Contains("引入的「part.txt」標籤超過上限", error.MessageZh, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, object?> Globals() => new() { ["name"] = "會議" };
}
