using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Templating.Conventions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Diagnostics;

public sealed class DiagnosticRulesTests
{
    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = DiagnosticRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Docs_rules_md_lists_exactly_the_catalogue()
    {
        var expected = Table();
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules.md")).Replace("\r\n", "\n");
        Assert.True(doc.Contains(expected), "docs/rules.md must hold this table, generated from DiagnosticRules.All:\n" + expected);
    }

    [Fact]
    public void Every_built_in_convention_rule_is_a_lint_rule_of_the_catalogue()
    {
        foreach (var rule in ConventionChecker.DefaultRules)
        {
            Assert.Same(DiagnosticRules.Find(rule.Rule.Id), rule.Rule);
            Assert.Equal(RuleStage.Lint, rule.Rule.Stage);
        }
    }

    [Fact]
    public void Library_code_names_rules_only_through_the_catalogue()
    {
        // A finding made with a string rule id could name a rule the catalogue lacks.
        var library = Path.Combine(Repository.Root, "src", "Minutes.Templating");
        var offenders = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) is not ("Diagnostic.cs" or "DiagnosticRules.cs"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"RuleId\s*=\s*""|Id\s*=>\s*""[a-z]"))
            .Select(f => Path.GetRelativePath(library, f))
            .ToList();
        Assert.Empty(offenders);
    }

    private static string Table()
    {
        var table = new StringBuilder();
        table.Append("| Id | Stage | Severity | 說明 | Summary |\n| --- | --- | --- | --- | --- |\n");
        foreach (var rule in DiagnosticRules.All)
        {
            table.Append($"| `{rule.Id}` | {rule.Stage.ToString().ToLowerInvariant()} | {rule.Severity.ToString().ToLowerInvariant()} | {rule.SummaryZh} | {rule.SummaryEn} |\n");
        }

        return table.ToString();
    }
}
