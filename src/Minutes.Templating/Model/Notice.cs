using System;
using System.ComponentModel;

namespace Minutes.Templating.Model;

/// <summary>The facts only the meeting notice (開會通知單) needs.</summary>
[Description("開會通知單資料")]
public sealed record Notice
{
    /// <summary>The reason for the meeting (開會事由).</summary>
    [Role(TextRole.Text)]
    [Description("開會事由")]
    public string? Purpose { get; init; }

    /// <summary>The issuing reference (發文字號).</summary>
    [Role(TextRole.Text)]
    [Description("發文字號")]
    public string? Reference { get; init; }

    /// <summary>The issue date (發文日期).</summary>
    [Description("發文日期")]
    public DateTime? IssuedOn { get; init; }

    /// <summary>The contact person (聯絡人).</summary>
    [Description("聯絡人")]
    public Person? Contact { get; init; }

    /// <summary>The contact telephone (電話).</summary>
    [Role(TextRole.Text)]
    [Description("聯絡電話")]
    public string? Phone { get; init; }

    /// <summary>Those receiving a copy (副本).</summary>
    [Role(TextRole.Name)]
    [Description("副本")]
    public ValueList<string> Copies { get; init; } = ValueList<string>.Empty;

    /// <summary>Remarks (備註).</summary>
    [Role(TextRole.Text)]
    [Description("備註")]
    public ValueList<string> Remarks { get; init; } = ValueList<string>.Empty;
}
