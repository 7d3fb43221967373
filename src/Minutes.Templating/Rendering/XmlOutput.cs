using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Scriban output that writes straight into the zip entry being rendered and stops the render
/// once the characters written, all parts together, exceed the limit.
/// </summary>
internal sealed class XmlOutput : IScriptOutput
{
    private readonly TemplateContext _context;
    private readonly RenderBudget _budget;
    private readonly TextWriter _writer;

    public XmlOutput(TextWriter writer, TemplateContext context, RenderBudget budget)
    {
        _writer = writer;
        _context = context;
        _budget = budget;
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        _budget.Spend(count, _context);
#if NETSTANDARD2_0
        _writer.Write(offset == 0 && count == text.Length ? text : text.Substring(offset, count));
#else
        _writer.Write(text.AsSpan(offset, count));
#endif
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }
}
