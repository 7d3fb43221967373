using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.Compilation;
using Scriban;
using Scriban.Runtime;

namespace Minutes.Templating.Rendering;

/// <summary>
/// Scriban output that writes the part being rendered and stops the render once the characters
/// written, all parts together, exceed the limit. A marker of the template's literal text counts
/// as the text it stands for (<see cref="LiteralTexts"/>).
/// </summary>
internal sealed class XmlOutput : IScriptOutput
{
    private readonly TemplateContext _context;
    private readonly RenderBudget _budget;
    private readonly TextWriter _writer;
    private readonly LiteralTexts _texts;

    public XmlOutput(TextWriter writer, TemplateContext context, RenderBudget budget, LiteralTexts texts)
    {
        _writer = writer;
        _context = context;
        _budget = budget;
        _texts = texts;
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        _budget.Spend(_texts.ExpandedLength(text, offset, count), _context);
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
