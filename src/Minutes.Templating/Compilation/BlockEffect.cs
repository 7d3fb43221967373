namespace Minutes.Templating.Compilation;

/// <summary>What a statement does to Scriban's block structure.</summary>
internal enum BlockEffect
{
    /// <summary>Opens a block closed by <c>end</c>: for, if, while, case, capture, with, tablerow, func.</summary>
    Open,

    /// <summary>Continues the open block: else, else if, when.</summary>
    Continue,

    /// <summary>Closes the open block: end.</summary>
    Close,
}
