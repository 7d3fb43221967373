using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Minutes.Templating.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Checks member names against the model's types when a template is compiled, so that a misspelt
/// name (<c>{{ meeting.recorder.nmae }}</c>) is an error whatever the data, not only when the
/// value it hangs on is present. Names are followed through properties and through <c>for</c>
/// loops over lists; the check stops, allowing anything, at a type that is not sealed (a
/// subclass may add members), at dictionaries, at <c>object</c> and at any expression it does not follow.
/// </summary>
internal sealed class MemberChecker
{
    private readonly string _templateName;
    private readonly TranslatedPart _part;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<int> _reported = [];

    private MemberChecker(string templateName, TranslatedPart part)
    {
        _templateName = templateName;
        _part = part;
    }

    /// <summary>The unknown members in <paramref name="template"/>, one diagnostic per tag.</summary>
    public static IReadOnlyList<Diagnostic> Check(Template template, TranslatedPart part, string templateName, IReadOnlyDictionary<string, Type> globals)
    {
        var checker = new MemberChecker(templateName, part);
        if (template.Page is not null && globals.Count > 0)
        {
            checker.Visit(template.Page, globals.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }

        return checker._diagnostics;
    }

    private void Visit(ScriptNode? node, Dictionary<string, Type> scope)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptForStatement loop:
                Visit(loop.Iterator, scope);
                var inner = scope;
                if (loop.Variable is ScriptVariable variable)
                {
                    inner = new Dictionary<string, Type>(scope, StringComparer.Ordinal);
                    inner.Remove(variable.Name);
                    if (ElementType(Resolve(loop.Iterator, scope, report: false)) is { } element)
                    {
                        inner[variable.Name] = element;
                    }
                }

                Visit(loop.Body, inner);
                return;
            case ScriptAssignExpression assign:
                if (assign.Target is ScriptVariable assigned)
                {
                    scope.Remove(assigned.Name);
                }

                Visit(assign.Value, scope);
                return;
            case ScriptMemberExpression member:
                Resolve(member, scope, report: true);
                ScriptExpression? root = member;
                while (root is ScriptMemberExpression m)
                {
                    root = m.Target;
                }

                if (root is not ScriptVariable)
                {
                    Visit(root, scope);
                }

                return;
            case ScriptFunction:
                return;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Visit(node.GetChildren(i), scope);
        }
    }

    private Type? Resolve(ScriptExpression? expression, Dictionary<string, Type> scope, bool report)
    {
        switch (expression)
        {
            case ScriptVariable variable:
                return scope.TryGetValue(variable.Name, out var type) ? type : null;
            case ScriptMemberExpression { Member: ScriptVariable name } member:
                var target = Resolve(member.Target, scope, report);
                if (target is null || !IsChecked(target))
                {
                    return null;
                }

                var property = Members(target).FirstOrDefault(p => p.Name == name.Name);
                if (property.Type is null)
                {
                    if (report)
                    {
                        Report(member, target, name.Name);
                    }

                    return null;
                }

                return Nullable.GetUnderlyingType(property.Type) ?? property.Type;
            default:
                return null;
        }
    }

    /// <summary>Only sealed classes and value types of the engine's own model are checked.</summary>
    private static bool IsChecked(Type type) =>
        type != typeof(string) && (type.IsSealed || type.IsValueType)
        && type.Namespace?.StartsWith("Minutes.Templating.Model", StringComparison.Ordinal) == true
        && !typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? ElementType(Type? type) =>
        type is null || type == typeof(string)
            ? null
            : type.GetInterfaces().Concat([type])
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .Select(i => i.GetGenericArguments()[0])
                .FirstOrDefault();

    private static IEnumerable<(string Name, Type? Type)> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => (StandardMemberRenamer.Rename(p.Name), (Type?)p.PropertyType))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (StandardMemberRenamer.Rename(f.Name), (Type?)f.FieldType)));

    private void Report(ScriptNode node, Type type, string name)
    {
        var location = _part.Map.Find(node.Span.Start.Offset);
        if (location is null || !_reported.Add(_part.Map.IndexOf(node.Span.Start.Offset)))
        {
            return;
        }

        var known = string.Join("、", Members(type).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        var knownEn = string.Join(", ", Members(type).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        _diagnostics.Add(TemplateDiagnostics.AtTag(
            DiagnosticRules.TemplateSyntax,
            _templateName,
            location,
            $"{type.Name} 沒有成員「{name}」（不論資料是否有值都是錯誤）；可用的成員：{known}",
            $"{type.Name} has no member '{name}' (an error whatever the data holds); its members are: {knownEn}"));
    }
}
