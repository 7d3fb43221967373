using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Raised inside the readers when the text is not well-formed; the reader reports its <see cref="Diagnostic"/>.</summary>
internal sealed class InputSyntaxException : DiagnosticException
{
    public InputSyntaxException(SourceLocation location, string messageZh, string messageEn)
        : this(Diagnostic.Of(DiagnosticRules.Syntax, "", messageZh, messageEn, location))
    {
    }

    /// <summary>A problem under another rule than <see cref="DiagnosticRules.Syntax"/>, such as a limit.</summary>
    public InputSyntaxException(Diagnostic diagnostic)
        : base(new List<Diagnostic> { diagnostic })
    {
        Diagnostic = diagnostic;
    }

    /// <summary>The one problem found, with its source location.</summary>
    public Diagnostic Diagnostic { get; }
}
