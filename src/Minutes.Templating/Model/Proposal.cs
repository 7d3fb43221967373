using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>A proposal for discussion (提案): 案由, 提案單位, 說明, 辦法 and the resolution (決議).</summary>
[Description("提案：案由、提案單位、說明、辦法、決議")]
public sealed record Proposal
{
    /// <summary>The subject (案由).</summary>
    [Role(TextRole.Numbered)]
    [Description("案由")]
    public required string Subject { get; init; }

    /// <summary>The proposing unit (提案單位).</summary>
    [Role(TextRole.Name)]
    [Description("提案單位")]
    public string? Unit { get; init; }

    /// <summary>The proposing member, when a person proposes.</summary>
    [Description("提案人")]
    public Person? Proposer { get; init; }

    /// <summary>The explanation (說明).</summary>
    [Description("說明")]
    public ValueList<OutlineItem> Explanation { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The proposed course of action (辦法).</summary>
    [Description("辦法")]
    public ValueList<OutlineItem> Method { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The resolution (決議): plain text (one point) or an outline.</summary>
    [Role(TextRole.Resolution)]
    [Description("決議：一段文字或條列項目")]
    public ValueList<OutlineItem> Resolution { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>A rider resolution (附帶決議) adopted with the proposal.</summary>
    [Role(TextRole.Resolution)]
    [Description("附帶決議")]
    public ValueList<OutlineItem> RiderResolution { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The vote, when the proposal was put to one.</summary>
    [Description("表決結果")]
    public VoteCount? Votes { get; init; }
}
