using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions;

/// <summary>A base for rules: identity, messages and the making of a diagnostic.</summary>
public abstract class ConventionRule : IConventionRule
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract Severity Severity { get; }

    /// <inheritdoc />
    public abstract string MessageZh { get; }

    /// <inheritdoc />
    public abstract string MessageEn { get; }

    /// <inheritdoc />
    public abstract IEnumerable<Diagnostic> Check(Meeting meeting, IReadOnlyList<TextField> texts);

    /// <summary>Makes a diagnostic of this rule.</summary>
    /// <param name="path">The data path of the offending value.</param>
    /// <param name="replacement">The whole new value when the fix is unambiguous.</param>
    /// <param name="detailZh">The specifics in Chinese, appended to <see cref="MessageZh"/>.</param>
    /// <param name="detailEn">The specifics in English, appended to <see cref="MessageEn"/>.</param>
    /// <returns>The diagnostic, without a source location.</returns>
    protected Diagnostic Finding(string path, string? replacement = null, string? detailZh = null, string? detailEn = null) => new()
    {
        RuleId = Id,
        Severity = Severity,
        Path = path,
        MessageZh = detailZh is null ? MessageZh : $"{MessageZh}：{detailZh}",
        MessageEn = detailEn is null ? MessageEn : $"{MessageEn}: {detailEn}",
        Fix = replacement is null ? null : new Fix(path, replacement),
    };
}
