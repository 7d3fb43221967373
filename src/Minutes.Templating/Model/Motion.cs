using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>An extempore motion (臨時動議), numbered 案由一、案由二 by the template.</summary>
[Description("臨時動議：案由、提案人、附議人、說明、決議")]
public sealed record Motion
{
    /// <summary>The subject (案由) as moved.</summary>
    [Role(TextRole.Numbered)]
    [Description("案由")]
    public required string Subject { get; init; }

    /// <summary>The member who moved it.</summary>
    [Description("提案人")]
    public Person? Proposer { get; init; }

    /// <summary>The members who seconded it (附議人).</summary>
    [Description("附議人")]
    public ValueList<Person> Seconders { get; init; } = ValueList<Person>.Empty;

    /// <summary>The moving unit, when a unit moves it.</summary>
    [Role(TextRole.Name)]
    [Description("提案單位")]
    public string? Unit { get; init; }

    /// <summary>The explanation (說明), if any.</summary>
    [Description("說明")]
    public ValueList<OutlineItem> Explanation { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The resolution (決議): plain text (one point) or an outline.</summary>
    [Role(TextRole.Resolution)]
    [Description("決議：一段文字或條列項目")]
    public ValueList<OutlineItem> Resolution { get; init; } = ValueList<OutlineItem>.Empty;

    /// <summary>The vote, when the motion was put to one.</summary>
    [Description("表決結果")]
    public VoteCount? Votes { get; init; }
}
