namespace Minutes.Templating.Diagnostics;

/// <summary>
/// One rule of the catalogue (<see cref="DiagnosticRules"/>): a stable id that tools and people
/// can search for, how serious a finding of it is, the stage that reports it, and a summary in
/// Chinese and English. A finding (<see cref="Diagnostic"/>) names its rule by <see cref="Id"/>.
/// </summary>
/// <param name="Id">The stable id, kebab-case, such as <c>unknown-key</c>.</param>
/// <param name="Severity">How serious every finding of this rule is.</param>
/// <param name="Stage">Which stage reports it: input, validation, lint, template or section.</param>
/// <param name="SummaryZh">What the rule checks, in Traditional Chinese.</param>
/// <param name="SummaryEn">What the rule checks, in English.</param>
public sealed record DiagnosticRule(string Id, Severity Severity, RuleStage Stage, string SummaryZh, string SummaryEn);
