using System;
using System.Globalization;
using System.Threading;
using Minutes.Templating.Compilation;
using Scriban;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The work one render may still do, shared by all its parts: characters written (to the
/// document and into <c>capture</c> blocks alike), loop iterations of all loops together,
/// evaluation steps (which bound function calls that fan out under the recursion limit) and a
/// wall-clock deadline. Each limit fails at the current tag with a located message.
/// </summary>
internal sealed class RenderBudget : IDisposable
{
    /// <summary>The most evaluation steps of one render: far above any real template, reached in seconds.</summary>
    public const long DefaultMaxSteps = 5_000_000;

    /// <summary>
    /// The most characters of values the template's own expressions may make in one render
    /// (function results, concatenations, new arrays and objects; an element of an array or
    /// object counts <see cref="ElementWeight"/>): values held in variables are not written, so
    /// the output budget does not see them, and 3,000 held values of a million characters took
    /// 5.8 GB. 100 million characters are 200 MB of strings, far above any real template.
    /// </summary>
    public const long DefaultMaxMadeCharacters = 100_000_000;

    /// <summary>What one element of a new array or object counts against <see cref="DefaultMaxMadeCharacters"/>: a reference and a small boxed value, about 32 bytes.</summary>
    public const int ElementWeight = 16;

    /// <summary>
    /// The longest one regular expression call (<c>regex.*</c>) may take. Scriban's default is
    /// 10 s, and the deadline is checked between evaluation steps, never inside a call: calls of
    /// just under 10 s ended a render up to 10 s after its deadline, past 30 s in all.
    /// </summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The longest one render may take.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(20);

    private readonly long _limit;
    private readonly int _loopLimit;
    private readonly long _stepLimit;
    private readonly TimeSpan _deadline;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;
    private long _written;
    private long _loops;
    private long _steps;
    private long _made;

    public RenderBudget(long limit, int loopLimit = int.MaxValue, long stepLimit = DefaultMaxSteps, TimeSpan? deadline = null, CancellationToken cancellationToken = default)
    {
        _limit = limit;
        _loopLimit = loopLimit;
        _stepLimit = stepLimit;
        _deadline = deadline ?? DefaultDeadline;
        _caller = cancellationToken;
        _timer = new CancellationTokenSource(_deadline);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    /// <summary>Cancelled when the caller cancels or the deadline passes.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>The most characters one render may write.</summary>
    public long Limit => _limit;

    /// <summary>True when the deadline, not the caller, stopped the render.</summary>
    public bool DeadlinePassed => _timer.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>Counts <paramref name="count"/> more characters, failing at the current tag when over the limit.</summary>
    public void Spend(long count, TemplateContext context)
    {
        _written += count;
        if (_written > _limit)
        {
            throw OutputExceeded(context);
        }
    }

    /// <summary>
    /// Fails at the current tag when a capture block holds more characters than one value may
    /// have (<see cref="TemplateContext.LimitToString"/>): its text becomes one value, which Scriban
    /// would cut there; so a capture that grows without end stops within a few million characters.
    /// </summary>
    public void CheckCaptured(long captured, TemplateContext context)
    {
        var limit = context.LimitToString > 0 ? Math.Min(_limit, context.LimitToString) : _limit;
        if (captured > limit)
        {
            throw new LocalizedScriptException(
                context.CurrentSpan,
                $"capture 區塊（或 include）的內容超過上限 {limit.ToString("N0", CultureInfo.InvariantCulture)} 個字元（一個值的上限）；請減少資料或重複的內容",
                $"the output of a capture block (or an include) exceeds the limit of {limit.ToString("N0", CultureInfo.InvariantCulture)} characters of one value; reduce the data or the repeated content");
        }
    }

    /// <summary>
    /// Counts a value an expression of the template made (a string by its length, an array or
    /// object by its elements), failing at the current tag when the render has made more than
    /// <see cref="DefaultMaxMadeCharacters"/>.
    /// </summary>
    public void Made(object? value, TemplateContext context)
    {
        long size = value switch
        {
            string text => text.Length,
            Scriban.Runtime.ScriptArray array => ArraySize(array),
            System.Collections.ICollection collection => (long)collection.Count * ElementWeight,
            Scriban.Runtime.IScriptObject members => (long)members.Count * ElementWeight,
            _ => 0,
        };
        if (size == 0)
        {
            return;
        }

        _made += size;
        if (_made > DefaultMaxMadeCharacters)
        {
            throw new LocalizedScriptException(
                context.CurrentSpan,
                $"範本運算產生的值超過上限 {DefaultMaxMadeCharacters.ToString("N0", CultureInfo.InvariantCulture)} 個字元（例如在迴圈中保存許多長字串或大型陣列）；請簡化範本",
                $"the values the template's expressions make exceed the limit of {DefaultMaxMadeCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters (such as many long strings or large arrays kept in a loop); simplify the template");
        }
    }

    /// <summary>
    /// An array's elements and the texts it holds directly: a function such as <c>string.split</c>
    /// makes new texts as long as its input (a split of a million-character text kept 500 times
    /// took 1 GB). Only a made array is read: a range's indexer walks it from the start.
    /// </summary>
    private static long ArraySize(Scriban.Runtime.ScriptArray array)
    {
        long size = (long)array.Count * ElementWeight;
        foreach (var element in array)
        {
            if (element is string text)
            {
                size += text.Length;
            }
        }

        return size;
    }

    /// <summary>Counts one more loop iteration of this render, all loops together.</summary>
    public void StepLoop(TemplateContext context)
    {
        if (++_loops > _loopLimit)
        {
            throw new LocalizedScriptException(
                context.CurrentSpan,
                $"迴圈次數超過上限 {_loopLimit}（整份文件的所有迴圈合計）；請減少資料或迴圈",
                $"the loop iterations of this render exceed the limit of {_loopLimit} (all loops together); reduce the data or the loops");
        }
    }

    /// <summary>Counts one evaluation step; every 1,024 steps also checks the deadline and cancellation.</summary>
    public void Step(TemplateContext context)
    {
        if (++_steps > _stepLimit)
        {
            throw new LocalizedScriptException(
                context.CurrentSpan,
                $"範本執行步驟超過上限 {_stepLimit.ToString("N0", CultureInfo.InvariantCulture)}（例如函式呼叫自己太多次）；請簡化範本",
                $"the template exceeds the limit of {_stepLimit.ToString("N0", CultureInfo.InvariantCulture)} evaluation steps (such as a function calling itself too often); simplify the template");
        }

        if ((_steps & 1023) == 0)
        {
            CheckTime(context);
        }
    }

    /// <summary>Fails at the current tag when the deadline has passed; throws <see cref="OperationCanceledException"/> when the caller cancelled.</summary>
    public void CheckTime(TemplateContext context)
    {
        _caller.ThrowIfCancellationRequested();
        if (_timer.IsCancellationRequested)
        {
            throw new LocalizedScriptException(context.CurrentSpan, DeadlineZh, DeadlineEn);
        }
    }

    /// <summary>The Chinese message of a passed deadline.</summary>
    public string DeadlineZh => $"算繪超過時限 {_deadline.TotalSeconds.ToString(CultureInfo.InvariantCulture)} 秒；請簡化範本或減少資料";

    /// <summary>The English message of a passed deadline.</summary>
    public string DeadlineEn => $"the render took longer than the limit of {_deadline.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds; simplify the template or reduce the data";

    /// <inheritdoc />
    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }

    private LocalizedScriptException OutputExceeded(TemplateContext context) => new(
        context.CurrentSpan,
        $"輸出超過上限 {_limit} 個字元（含 capture 區塊）；請減少資料或重複的內容",
        $"the output exceeds the limit of {_limit} characters (capture blocks included); reduce the data or the repeated content");
}
