using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>One entry of an attendance list: a unit, a person, or a person of a unit.</summary>
[Description("出（列）席者：單位及（或）人員")]
public sealed record Attendee
{
    /// <summary>The unit (局處), such as 社會處.</summary>
    [Role(TextRole.Name)]
    [ScalarForm]
    [Description("單位，例如：社會處")]
    public string? Unit { get; init; }

    /// <summary>The person attending, if named.</summary>
    [Description("人員")]
    public Person? Person { get; init; }
}
