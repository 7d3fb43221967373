using System;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Raised inside the readers when the text is not well-formed; turned into a diagnostic.</summary>
internal sealed class InputSyntaxException : Exception
{
    public InputSyntaxException(SourceLocation location, string messageZh, string messageEn)
        : base(messageEn)
    {
        Location = location;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    public SourceLocation Location { get; }

    public string MessageZh { get; }

    public string MessageEn { get; }
}
