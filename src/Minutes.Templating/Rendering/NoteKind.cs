namespace Minutes.Templating.Rendering;

/// <summary>The parts that hold what a reference in the text points to, and the parts that describe comments further.</summary>
internal enum NoteKind
{
    /// <summary><c>w:footnote</c> in the footnotes part, pointed to by <c>w:footnoteReference</c>.</summary>
    Footnote,

    /// <summary><c>w:endnote</c> in the endnotes part, pointed to by <c>w:endnoteReference</c>.</summary>
    Endnote,

    /// <summary><c>w:comment</c> in the comments part, pointed to by <c>w:commentRangeStart</c>, <c>w:commentRangeEnd</c> and <c>w:commentReference</c>.</summary>
    Comment,

    /// <summary><c>w15:commentEx</c>, keyed by the paragraph id of a comment's last paragraph (Word 2013).</summary>
    CommentsExtended,

    /// <summary><c>w16cid:commentId</c>, a durable id for each comment paragraph id (Word 2016).</summary>
    CommentsIds,

    /// <summary><c>w16cex:commentExtensible</c>, keyed by durable id (Word 2018).</summary>
    CommentsExtensible,
}
