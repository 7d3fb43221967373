using System;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// A setting the service cannot start with (an http public address in Production, HTTP.sys off
/// Windows). The message is bilingual and says which setting to change; <c>Program</c> prints it
/// without a stack trace and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class AddinConfigurationException(string message) : InvalidOperationException(message)
{
    /// <summary>The exit code for a configuration error (78, EX_CONFIG of sysexits.h), so systemd can be told not to restart.</summary>
    public const int ExitCode = 78;
}
