using System.Collections.Generic;

namespace Minutes.Templating.Compilation;

/// <summary>What a tag does, from its statements.</summary>
/// <param name="IsSilent">True when the tag writes nothing: block keywords, assignments, comments.</param>
/// <param name="Effects">The block effects of its statements, in order.</param>
/// <param name="RestartsNumbering">True when the tag calls <c>restart_numbering</c>.</param>
internal sealed record TagInfo(bool IsSilent, IReadOnlyList<BlockEffect> Effects, bool RestartsNumbering);
