using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Minutes.Templating.Compilation;
using Minutes.Templating.Packaging;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Minutes.Templating.Rendering;

/// <summary>
/// The Scriban context of one render: every value a tag writes is XML-escaped, line breaks and
/// tabs become Word breaks and tabs, and characters XML cannot hold stop the render at the tag.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    /// <summary>
    /// Member accessors by type, shared by every render: Scriban builds them by reflection once
    /// per context, which made each render reflect over the model again.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    private readonly StringBuilder _escaped = new();
    private SourceSpan _statementSpan;
    private int _toStringDepth;
    private bool _writing;

    private RenderContext(ScriptObject builtins, NumberingState? numbering, RenderBudget budget, LiteralTexts texts)
        : base(builtins)
    {
        Numbering = numbering;
        Budget = budget;
        Texts = texts;
    }

    /// <summary>The work this render may still do, all parts together.</summary>
    public RenderBudget Budget { get; }

    /// <summary>The template's literal text, which the raw text of its parts refers to by markers.</summary>
    public LiteralTexts Texts { get; }

    /// <summary>The list instances this render allocates, when the template has a numbering part.</summary>
    public NumberingState? Numbering { get; }

    /// <summary>Above zero while an included template renders: its values are written as text, escaped once where the include's result is written.</summary>
    public int TextDepth { get; set; }

    /// <summary>The prefix the part being rendered uses for the WordprocessingML namespace, such as <c>w:</c>.</summary>
    public string WordPrefix { get; set; } = "w:";

    /// <summary>
    /// The context of one render of <paramref name="template"/>: strict about unknown names,
    /// bounded by the template's limits, with the engine's functions, the template's extra
    /// functions and <paramref name="globals"/> on top.
    /// </summary>
    public static RenderContext Create(CompiledTemplate template, IReadOnlyDictionary<string, object?> globals, RenderBudget budget)
    {
        var options = template.Options;
        var context = new RenderContext(SharedBuiltins, template.Numbering is null ? null : new NumberingState(template.Numbering), budget, template.Texts)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedTargetAccess = true,
            TryGetMember = UnknownMember,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            LimitToString = options.LimitToString,
            OutputLimit = 0,
            TemplateLoader = template.IncludeLoader,
            CancellationToken = budget.Token,
            RegexTimeOut = RenderBudget.RegexTimeout,
        };
        context.PushGlobal(EngineFunctions.Instance);
        if (options.Functions is not null)
        {
            context.PushGlobal(options.Functions);
        }

        var names = new CountingGlobals();
        foreach (var pair in globals)
        {
            names.SetValue(pair.Key, pair.Value, false);
        }

        context.PushGlobal(names);
        return context;
    }

    /// <summary>Writes a tag's value XML-escaped. Scriban passes the span of the enclosing block here, so errors use the span of the statement just evaluated.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        string text;
        try
        {
            _writing = true;
            text = ObjectToString(textAsObject) ?? "";
        }
        catch (InvalidOperationException e)
        {
            // Scriban refuses a value nested too deeply or holding itself outside any tag (the
            // page's span); the statement that produced the value is where the clerk must look.
            throw new LocalizedScriptException(
                _statementSpan,
                "這個值無法寫成文字（例如結構太深，或含有它自己）",
                $"this value cannot be written as text ({e.Message})");
        }
        finally
        {
            _writing = false;
        }

        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        if (TextDepth > 0)
        {
            Write(text);
            return this;
        }

        _escaped.Clear();
        AppendEscaped(_statementSpan, text);
        if (Output is not XmlOutput)
        {
            // A capture block: its text counts against the output budget, and the capture's size is checked, before it is held.
            Budget.Spend(_escaped.Length, this);
            if (Output is StringBuilderOutput captured)
            {
                Budget.CheckCaptured(captured.Builder.Length + (long)_escaped.Length, this);
            }
        }

        Write(_escaped.ToString());
        return this;
    }

    /// <summary>
    /// Evaluates a node, remembering the span of the last expression statement evaluated: the
    /// enclosing block writes that statement's value right after evaluating it.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        Budget.Step(this);
        if (Output is StringBuilderOutput captured)
        {
            // Literal text in a capture block does not pass through Write.
            Budget.CheckCaptured(captured.Builder.Length, this);
        }

        if (scriptNode is ScriptRawStatement raw && (Output is not XmlOutput || !EnableOutput))
        {
            return ExpandRaw(raw);
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is ScriptExpressionStatement)
        {
            _statementSpan = scriptNode.Span;
        }
        else if (scriptNode is ScriptFunctionCall or ScriptPipeCall or ScriptBinaryExpression or ScriptInterpolatedStringExpression
            or ScriptArrayInitializerExpression or ScriptObjectInitializerExpression)
        {
            // Values held in variables are never written, so only this budget sees them.
            Budget.Made(result, this);
        }

        return result;
    }

    /// <summary>
    /// Converts a value to text as Scriban does, but a text longer than <see cref="TemplateContext.LimitToString"/>
    /// fails at the current tag: Scriban would cut it there and add "...", losing the rest silently.
    /// </summary>
    public override string ObjectToString(object? value, bool nested = false)
    {
        if (_toStringDepth == 0 && !nested && value is string whole)
        {
            // Scriban would add "..." to a text of exactly the limit, too.
            return whole.Length <= LimitToString || LimitToString <= 0 ? whole : throw ValueOverLimit(whole.Length);
        }

        _toStringDepth++;
        try
        {
            var text = base.ObjectToString(value, nested);
            return _toStringDepth == 1 && LimitToString > 0 && text is not null && text.Length >= LimitToString
                ? throw ValueOverLimit(null)
                : text!;
        }
        finally
        {
            _toStringDepth--;
        }
    }

    private LocalizedScriptException ValueOverLimit(long? length)
    {
        var limit = LimitToString.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var count = length?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return new LocalizedScriptException(
            _writing ? _statementSpan : CurrentSpan,
            $"這個值{(count is null ? "" : $"有 {count} 個字元，")}超過一個值的上限 {limit} 個字元；不會截斷，請縮短資料或範本產生的文字",
            $"this value {(count is null ? "is longer than" : $"has {count} characters, more than")} the limit of {limit} characters of one value; it is not cut short: shorten the data or the text the template makes");
    }

    /// <summary>
    /// Raw text read as XML by the template itself (a capture block, or raw text taken as a value)
    /// gets the literal text in place of its markers, escaped as the part's XML holds it; only the
    /// structural pass after the part sees markers. The capture's size is checked before it grows.
    /// </summary>
    private string? ExpandRaw(ScriptRawStatement raw)
    {
        var slice = raw.Text;
        if (slice.FullText is null || slice.Length <= 0)
        {
            return null;
        }

        if (EnableOutput && Output is StringBuilderOutput captured)
        {
            Budget.CheckCaptured(captured.Builder.Length + Texts.ExpandedLength(slice.FullText, slice.Index, slice.Length), this);
        }

        _escaped.Clear();
        Texts.AppendExpanded(_escaped, slice.FullText, slice.Index, slice.Length);
        if (!EnableOutput)
        {
            return _escaped.ToString();
        }

        Write(_escaped.ToString());
        return null;
    }

    /// <summary>Counts a condition as one step: a function that fans out must test one to end.</summary>
    public override bool ToBool(SourceSpan span, object? value)
    {
        Budget.Step(this);
        return base.ToBool(span, value);
    }

    /// <summary>
    /// Counts each iteration against the render's loop budget (all loops together) and checks
    /// that a capture block has not grown past the output budget through literal text.
    /// </summary>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        Budget.StepLoop(this);
        if (Output is StringBuilderOutput captured)
        {
            Budget.CheckCaptured(captured.Builder.Length, this);
        }

        Budget.CheckTime(this);
        return base.OnStepLoop(loop);
    }

    /// <summary>
    /// The accessor of a type, built once per process. Valid for every context because the
    /// engine never changes <see cref="TemplateContext.MemberRenamer"/> or <see cref="TemplateContext.MemberFilter"/>.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (Accessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null)
        {
            Accessors.TryAdd(type, accessor);
        }

        return accessor;
    }

    private void AppendEscaped(SourceSpan span, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': _escaped.Append("&amp;"); break;
                case '<': _escaped.Append("&lt;"); break;
                case '>': _escaped.Append("&gt;"); break;
                case '"': _escaped.Append("&quot;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    AppendBreak("br");
                    break;
                case '\n': AppendBreak("br"); break;
                case '\t': AppendBreak("tab"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        _escaped.Append(c).Append(text[++i]);
                    }
                    else if (!XmlCharacters.IsStorable(c))
                    {
                        var code = ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                        throw new LocalizedScriptException(
                            span,
                            $"值的第 {i + 1} 個字元 U+{code} 是 XML 不能保存的字元，請從資料中移除",
                            $"character {i + 1} of the value, U+{code}, cannot be stored in XML; remove it from the data");
                    }
                    else
                    {
                        _escaped.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Closes the text element, writes a break or tab, and opens a new text element in the same run.</summary>
    private void AppendBreak(string element) => _escaped
        .Append("</").Append(WordPrefix).Append("t><").Append(WordPrefix).Append(element)
        .Append("/><").Append(WordPrefix).Append("t xml:space=\"preserve\">");

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var type = target is ScriptObject ? "object" : target.GetType().Name;
        throw new LocalizedScriptException(span, $"找不到成員「{member}」（{type}）", $"unknown member '{member}' of {type}");
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        Replace(builtins, "date", "now", new Func<TemplateContext, object>(ReadsClock));
        Replace(builtins, "date", "utc_now", new Func<TemplateContext, object>(ReadsClock));
        Replace(builtins, "math", "random", new Func<TemplateContext, object?, object?, object>((context, _, _) => ReadsRandom(context)));
        Replace(builtins, "math", "uuid", new Func<TemplateContext, object>(ReadsRandom));
        Replace(builtins, "string", "split", new Func<string?, string?, ScriptArray>(Split));
        Replace(builtins, "object", "eval", new Func<TemplateContext, object?, object>((context, _) => Evaluates(context)));
        Replace(builtins, "object", "eval_template", new Func<TemplateContext, object?, object>((context, _) => Evaluates(context)));
        foreach (var key in builtins.Keys.ToList())
        {
            if (builtins[key] is ScriptObject nested)
            {
                nested.IsReadOnly = true;
            }

            builtins.SetReadOnly(key, true);
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Replaces a builtin that would make two renders of the same meeting differ.</summary>
    private static void Replace(ScriptObject builtins, string objectName, string member, Delegate replacement)
    {
        var nested = (ScriptObject)builtins[objectName]!;
        nested.Remove(member);
        nested.Import(member, replacement);
    }

    private static object ReadsClock(TemplateContext context) => throw new LocalizedScriptException(
        context.CurrentSpan,
        "範本不能讀取目前時間（date.now、date.utc_now），否則同一份資料每次產生的文件都不同；請改用會議資料中的日期，例如 meeting.date",
        "templates cannot read the clock (date.now, date.utc_now): the same data would give a different document each time; use a date of the meeting, such as meeting.date");

    private static object ReadsRandom(TemplateContext context) => throw new LocalizedScriptException(
        context.CurrentSpan,
        "範本不能使用亂數（math.random、math.uuid），否則同一份資料每次產生的文件都不同；請改用會議資料中的值",
        "templates cannot use random numbers (math.random, math.uuid): the same data would give a different document each time; use values of the meeting instead");

    /// <summary>
    /// <c>string.split</c> as Scriban has it (empty parts dropped), but made at once: Scriban's is
    /// lazy, so the render's budget could not see the texts it holds until they were read.
    /// </summary>
    private static ScriptArray Split(string? text, string? separator) =>
        text is null ? new ScriptArray() : new ScriptArray(text.Split([separator ?? ""], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Refuses text evaluated as a template: its tags would escape every check made when the
    /// template is compiled, the tag limit first (20 evaluations of 250,000 tags took 17 s).
    /// </summary>
    private static object Evaluates(TemplateContext context) => throw new LocalizedScriptException(
        context.CurrentSpan,
        "範本不能把文字當成範本執行（object.eval、object.eval_template）；請把標籤直接寫在範本中",
        "templates cannot evaluate text as a template (object.eval, object.eval_template); write the tags in the template itself");

    /// <summary>
    /// The render's own names (the globals and the functions a template defines): every lookup
    /// of a name, such as each call of a template function, counts one step of the budget.
    /// </summary>
    private sealed class CountingGlobals : ScriptObject
    {
        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (context is RenderContext render)
            {
                render.Budget.Step(render);
            }

            return base.TryGetValue(context, span, member, out value);
        }
    }
}
