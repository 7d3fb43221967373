using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Minutes.Cli;

/// <summary>
/// The process's standard output as a stream that reports write errors. Console's own stream
/// ignores them on Unix, so a document sent to a full disk, a closed pipe or a closed descriptor
/// was reported as written and the exit code said success.
/// </summary>
internal static class StandardOutput
{
    /// <summary>Opens standard output; writing throws <see cref="IOException"/> (or <see cref="UnauthorizedAccessException"/>) when the bytes cannot go out.</summary>
    public static Stream Open() => OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle((IntPtr)1, ownsHandle: false), FileAccess.Write, 1);
}
