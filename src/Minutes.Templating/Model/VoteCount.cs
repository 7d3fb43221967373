using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>How a proposal was put to the vote and the counts (表決方法及可否之數).</summary>
[Description("表決方式及票數")]
public sealed record VoteCount
{
    /// <summary>The voting method, such as 舉手表決.</summary>
    [Role(TextRole.Text)]
    [Description("表決方式，例如：舉手表決")]
    public string? Method { get; init; }

    /// <summary>Votes in favour (贊成).</summary>
    [Description("贊成票數")]
    public int For { get; init; }

    /// <summary>Votes against (反對).</summary>
    [Description("反對票數")]
    public int Against { get; init; }

    /// <summary>Abstentions (棄權), if counted.</summary>
    [Description("棄權票數")]
    public int? Abstain { get; init; }
}
