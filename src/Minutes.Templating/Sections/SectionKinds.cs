namespace Minutes.Templating.Sections;

/// <summary>The identifiers of the insertable section kinds.</summary>
public static class SectionKinds
{
    /// <summary>The meeting header block: title, 時間, 地點, 主席/紀錄, 出席, 列席.</summary>
    public const string MeetingHeader = "meeting-header";

    /// <summary>A report item (一、…業務報告) with its 決定.</summary>
    public const string Report = "report";

    /// <summary>A member's suggestion (（一）…（某某委員）) with 回應 and 主席裁示.</summary>
    public const string Suggestion = "suggestion";

    /// <summary>A proposal (提案一) with 案由, 提案單位, 說明, 辦法, 決議 and optional vote counts.</summary>
    public const string Proposal = "proposal";

    /// <summary>An extempore motion (案由一：… 曾委員文杞提案) with its 決議.</summary>
    public const string Motion = "motion";

    /// <summary>The chair's instructions (主席裁示).</summary>
    public const string ChairInstructions = "chair-instructions";

    /// <summary>The adjournment line (散會：下午2時30分。).</summary>
    public const string Adjournment = "adjournment";
}
