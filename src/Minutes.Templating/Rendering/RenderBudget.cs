using Minutes.Templating.Compilation;
using Scriban;

namespace Minutes.Templating.Rendering;

/// <summary>The characters one render may still write, shared by all its parts.</summary>
internal sealed class RenderBudget
{
    private readonly long _limit;
    private long _written;

    public RenderBudget(long limit)
    {
        _limit = limit;
    }

    /// <summary>Counts <paramref name="count"/> more characters, failing at the current tag when over the limit.</summary>
    public void Spend(int count, TemplateContext context)
    {
        _written += count;
        if (_written > _limit)
        {
            throw new LocalizedScriptException(
                context.CurrentSpan,
                $"輸出超過上限 {_limit} 個字元",
                $"the output exceeds the limit of {_limit} characters");
        }
    }
}
