using System;

namespace Minutes.Cli;

/// <summary>A PDF or ODT conversion failed.</summary>
internal sealed class ConversionException : Exception
{
    public ConversionException(string messageZh, string messageEn)
        : base(messageEn) => MessageZh = messageZh;

    public string MessageZh { get; }
}
