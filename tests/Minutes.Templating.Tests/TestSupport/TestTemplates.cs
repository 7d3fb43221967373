using System.Collections.Generic;
using System.IO;
using Minutes.Templating.Compilation;
using Minutes.Templating.Rendering;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>Compiles test templates and renders them with any globals, asserting every output is a valid document.</summary>
internal static class TestTemplates
{
    public static TemplateRenderer Compile(TestDocx docx, TemplateOptions? options = null) =>
        new(TemplateCompiler.Compile(new MemoryStream(docx.Build()), "test.docx", options));

    public static byte[] Render(TemplateRenderer template, IReadOnlyDictionary<string, object?> globals, RenderOptions? options = null)
    {
        using var output = new MemoryStream();
        template.Render(globals, output, options);
        var bytes = output.ToArray();
        Docx.AssertValid(bytes);
        return bytes;
    }

    public static byte[] Render(TestDocx docx, IReadOnlyDictionary<string, object?> globals) => Render(Compile(docx), globals);
}
