using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Minutes.Templating.Packaging;

namespace Minutes.Templating;

/// <summary>
/// Writes a file through a temporary file in the same folder and moves it into place, so a
/// failure never leaves a half-written file and never replaces a good one. A device or FIFO
/// already at the path is written to directly; a read-only file is refused, not replaced.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, all or nothing.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content; if it throws, the file is left as it was.</param>
    /// <exception cref="UnauthorizedAccessException">The file exists and is read-only (or the system refuses the write); nothing is written.</exception>
    /// <exception cref="IOException">The system refuses the write; the file is left as it was.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        if (write is null)
        {
            throw new ArgumentNullException(nameof(write));
        }

        WriteAsync(path, (stream, _) =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, all or nothing.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content; if it throws or is cancelled, the file is left as it was.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="UnauthorizedAccessException">The file exists and is read-only (or the system refuses the write); nothing is written.</exception>
    /// <exception cref="IOException">The system refuses the write; the file is left as it was.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        if (write is null)
        {
            throw new ArgumentNullException(nameof(write));
        }

        var full = Path.GetFullPath(path);
        if (FileKind.IsSpecial(full))
        {
            // A device or FIFO (/dev/null, /dev/full, a named pipe) is written to, not replaced:
            // moving a file into its place would replace the device itself, and its write errors
            // (a full disk) must reach the caller.
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            await write(device, cancellationToken).ConfigureAwait(false);
            device.Flush();
            return;
        }

        // Moving a file into place needs only the folder's permission: without this check a
        // read-only file would be replaced where writing to it is refused.
        if (File.Exists(full) && (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
        {
            throw new UnauthorizedAccessException($"'{full}' is read-only; it is left as it was.");
        }

        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full))
            {
                KeepPermissions(full, temp);
                File.Replace(temp, full, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, full);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Gives the new file the permissions of the one it replaces (Unix; Windows keeps them through File.Replace).</summary>
    private static void KeepPermissions(string existing, string replacement)
    {
#if NET7_0_OR_GREATER
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(replacement, File.GetUnixFileMode(existing));
        }
#else
        _ = existing;
        _ = replacement;
#endif
    }
}
