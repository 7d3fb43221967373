using System.Linq;
using System.Collections.Generic;

namespace Minutes.Templating.Compilation;

/// <summary>What a tag does, from its statements.</summary>
/// <param name="IsSilent">True when the tag writes nothing: block keywords, assignments, comments.</param>
/// <param name="Effects">The block effects of its statements, in order.</param>
/// <param name="RestartsNumbering">True when the tag calls <c>restart_numbering</c>.</param>
/// <param name="Captures">For each effect, the target of the <c>capture</c> it opens, or null.</param>
/// <param name="CompleteCaptures">The targets of <c>capture … end</c> blocks complete within the tag.</param>
internal sealed record TagInfo(bool IsSilent, IReadOnlyList<BlockEffect> Effects, bool RestartsNumbering, IReadOnlyList<string?> Captures, IReadOnlyList<string> CompleteCaptures)
{
    public TagInfo(bool isSilent, IReadOnlyList<BlockEffect> effects, bool restartsNumbering)
        : this(isSilent, effects, restartsNumbering, effects.Select(_ => (string?)null).ToList(), [])
    {
    }
}
