namespace Minutes.Templating.Diagnostics;

/// <summary>A place in a source file: file name, 1-based line and 1-based column.</summary>
/// <param name="File">The file name as given by the caller, or a label such as <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line; 0 when unknown.</param>
/// <param name="Column">The 1-based column; 0 when unknown.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats as <c>file:line:column</c>, the form compilers and editors understand.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
