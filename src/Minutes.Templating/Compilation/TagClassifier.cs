using System;
using System.Collections.Generic;
using System.Text;
using System.Linq;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Tells block and silent tags from tags that write a value. A tag that Scriban parses on its own
/// (<c>{{ for.index + 1 }}</c>, <c>{{ for.last ? "末" : "" }}</c>, a pipe with an anonymous
/// <c>do … end</c>) is classified by its syntax tree and opens or closes nothing; only a tag that
/// is a fragment of a block (<c>{{ for a in b }}</c>, <c>{{ else }}</c>, <c>{{ end }}</c>) is read
/// statement by statement, where a keyword followed by <c>.</c> is a loop variable, not a block.
/// </summary>
internal static class TagClassifier
{
    /// <summary>The name of the function that restarts list numbering in a repeated block.</summary>
    public const string RestartNumbering = "restart_numbering";

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "for", "if", "while", "case", "capture", "with", "tablerow", "func" };
    private static readonly HashSet<string> Continuers = new(StringComparer.Ordinal) { "else", "when" };
    private static readonly HashSet<string> OtherSilent = new(StringComparer.Ordinal) { "break", "continue", "ret", "import", "readonly", RestartNumbering };
    private static readonly Regex Assignment = new(@"^[\p{L}_$][\p{L}\p{N}_$.\[\]""']*\s*(=|\+=|-=|\*=|/=|//=|%=)(?!=)", RegexOptions.CultureInvariant);
    private static readonly Regex AnonymousFunction = new(@"(?<![\p{L}\p{N}_$.])do(?![\p{L}\p{N}_$.])", RegexOptions.CultureInvariant);
    private static readonly Regex FirstWord = new(@"^[\p{L}_$][\p{L}\p{N}_$]*", RegexOptions.CultureInvariant);

    /// <summary>Classifies a tag from its full text, braces included.</summary>
    public static TagInfo Classify(string tagText)
    {
        var code = Inner(tagText);
        var fragment = ClassifyFragment(code);
        var parsed = Template.Parse("{{" + code + "}}");
        if (parsed.HasErrors || parsed.Page is null)
        {
            return fragment;
        }

        var statements = parsed.Page.Body?.Statements ?? [];
        var wrapped = "{{" + code + "}}";
        var captures = statements.OfType<ScriptCaptureStatement>()
            .Where(c => c.Target is not null)
            .Select(c => wrapped.Substring(c.Target!.Span.Start.Offset, c.Target.Span.End.Offset - c.Target.Span.Start.Offset + 1).Trim())
            .ToList();
        return new TagInfo(statements.All(IsSilentStatement), [], fragment.RestartsNumbering, [], captures);
    }

    /// <summary>True when a complete statement writes nothing: assignments, declarations, comments, loop control, or blocks made only of these.</summary>
    private static bool IsSilentStatement(ScriptNode? node)
    {
        switch (node)
        {
            case null:
            case ScriptFunction:
            case ScriptNopStatement:
            case ScriptBreakStatement:
            case ScriptContinueStatement:
            case ScriptReturnStatement:
            case ScriptImportStatement:
            case ScriptReadOnlyStatement:
            case ScriptRawStatement:
            case ScriptEscapeStatement:
            case ScriptEndStatement:
                return true;
            case ScriptExpressionStatement { Expression: var expression }:
                return expression is ScriptAssignExpression || IsRestartCall(expression);
            case ScriptCaptureStatement:
                return true;
            case ScriptBlockStatement block:
                return block.Statements.All(IsSilentStatement);
            case ScriptIfStatement conditional:
                return IsSilentStatement(conditional.Then) && IsSilentStatement(conditional.Else);
            case ScriptElseStatement otherwise:
                return IsSilentStatement(otherwise.Body);
            case ScriptForStatement loop:
                return IsSilentStatement(loop.Body);
            case ScriptWhileStatement loop:
                return IsSilentStatement(loop.Body);
            case ScriptCaseStatement choice:
                return IsSilentStatement(choice.Body);
            case ScriptWhenStatement branch:
                return IsSilentStatement(branch.Body) && IsSilentStatement(branch.Next);
            case ScriptWithStatement with:
                return IsSilentStatement(with.Body);
            default:
                return false;
        }
    }

    private static bool IsRestartCall(ScriptExpression? expression) => expression switch
    {
        ScriptVariable variable => variable.Name == RestartNumbering,
        ScriptFunctionCall call => call.Target is ScriptVariable { Name: RestartNumbering },
        _ => false,
    };

    /// <summary>Classifies the code of a tag that is part of a block, statement by statement.</summary>
    private static TagInfo ClassifyFragment(string code)
    {
        var effects = new List<BlockEffect>();
        var captures = new List<string?>();
        var silent = true;
        var restarts = false;
        foreach (var statement in SplitStatements(code))
        {
            var trimmed = statement.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var word = FirstWord.Match(trimmed).Value;
            if (trimmed.Length > word.Length && trimmed[word.Length] is '.' or '[')
            {
                // for.index, for.last, while.index, tablerow.col: a loop variable, not a block keyword.
                word = "";
            }

            if (Openers.Contains(word))
            {
                effects.Add(BlockEffect.Open);
                captures.Add(word == "capture" ? trimmed.Substring(word.Length).Trim() : null);
            }
            else if (Continuers.Contains(word))
            {
                effects.Add(BlockEffect.Continue);
                captures.Add(null);
            }
            else if (word == "end")
            {
                effects.Add(BlockEffect.Close);
                captures.Add(null);
            }
            else if (OtherSilent.Contains(word))
            {
                restarts |= word == RestartNumbering;
            }
            else if (!Assignment.IsMatch(trimmed))
            {
                silent = false;
            }

            // An anonymous function (@(do; ret $0; end)) opens a block its own end closes.
            for (var match = AnonymousFunction.Match(trimmed); match.Success; match = match.NextMatch())
            {
                effects.Add(BlockEffect.Open);
                captures.Add(null);
            }
        }

        return new TagInfo(silent, effects, restarts, captures, []);
    }

    /// <summary>The code between the braces, whitespace-control marks removed.</summary>
    public static string Inner(string tagText)
    {
        var code = tagText.Substring(2, tagText.Length - 4);
        if (code.Length > 0 && code[0] is '~' or '-')
        {
            code = code.Substring(1);
        }

        if (code.Length > 0 && code[code.Length - 1] is '~' or '-')
        {
            code = code.Substring(0, code.Length - 1);
        }

        return code;
    }

    private static IEnumerable<string> SplitStatements(string code)
    {
        var current = new StringBuilder();
        char quote = '\0';
        foreach (var c in code)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c is ';' or '\n' or '\r')
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        yield return current.ToString();
    }
}
