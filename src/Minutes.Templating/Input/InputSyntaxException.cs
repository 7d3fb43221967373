using System.Collections.Generic;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Raised inside the readers when the text is not well-formed; the reader reports its <see cref="Diagnostic"/>.</summary>
internal sealed class InputSyntaxException : DiagnosticException
{
    /// <summary>The rule id of every syntax error.</summary>
    public const string RuleId = "syntax";

    public InputSyntaxException(SourceLocation location, string messageZh, string messageEn)
        : this(Diagnostic.Error(RuleId, "", messageZh, messageEn, location))
    {
    }

    private InputSyntaxException(Diagnostic diagnostic)
        : base(new List<Diagnostic> { diagnostic })
    {
        Diagnostic = diagnostic;
    }

    /// <summary>The one problem found, with its source location.</summary>
    public Diagnostic Diagnostic { get; }
}
