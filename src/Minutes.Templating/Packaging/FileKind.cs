using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Tells, without blocking, whether a path is a FIFO, socket or similar stream rather than a
/// file: opening a FIFO for reading waits for a writer, and reading a stream never ends; and
/// reads files and streams within a limit. Every reader of input files and packages uses it.
/// </summary>
internal static class FileKind
{
    /// <summary>True when <paramref name="path"/> is an existing non-seekable special file (Unix only).</summary>
    public static bool IsStream(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || !File.Exists(path))
        {
            return false;
        }

        int descriptor;
        try
        {
            // O_RDONLY | O_NONBLOCK: a FIFO opens at once instead of waiting for a writer.
            descriptor = NativeMethods.Open(path, RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? 0x4 : 0x800);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (descriptor < 0)
        {
            return false;
        }

        using var handle = new SafeFileHandle((IntPtr)descriptor, ownsHandle: true);
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        return !stream.CanSeek;
    }

    /// <summary>
    /// True when <paramref name="path"/> names an existing file that is neither a regular file nor
    /// a folder: a device such as /dev/null or /dev/full, a FIFO or a socket (Unix only).
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || !File.Exists(path))
        {
            return false;
        }

        // The runtime's own stat, whose FileStatus has the same layout on every platform: Flags, then Mode.
        var status = new byte[256];
        try
        {
            if (NativeMethods.Stat(path, status) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return IsStream(path);
        }

        const int TypeMask = 0xF000, RegularFile = 0x8000;
        return (BitConverter.ToInt32(status, 4) & TypeMask) != RegularFile;
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> + 1 bytes of <paramref name="path"/>, so a device
    /// that never ends (/dev/zero) or a file growing while read cannot exhaust memory.
    /// </summary>
    public static byte[] ReadBounded(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return ReadBounded(stream, limit);
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes of <paramref name="stream"/>.</summary>
    public static byte[] ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1L - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Open(string path, int flags);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Stat(string path, byte[] status);
    }
}
