using Minutes.Templating.Diagnostics;
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Reads a zip package into memory safely: the entry count and the declared sizes are checked
/// before anything is inflated, and inflation stops as soon as an entry outgrows its declared
/// size or the package outgrows the limit, so a zip bomb costs bounded time and memory.
/// </summary>
internal static class PackageReader
{
    private static readonly char[] NotInPartNames = ['\\', ':', '\0'];

    /// <summary>Reads every entry of the package, in archive order.</summary>
    /// <exception cref="TemplateException">The package is not a zip, is damaged or exceeds the limits.</exception>
    public static IReadOnlyList<PackageEntry> Read(Stream package, string fileName, PackageLimits limits)
    {
        var maxEntries = limits.MaxEntries;
        var maxBytes = limits.MaxBytes;
        try
        {
            var seekable = package.CanSeek ? package : CopyBounded(package, fileName, maxBytes);
            using var archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > maxEntries)
            {
                throw Fail(fileName, $"檔案內含 {archive.Entries.Count} 個項目，超過上限 {maxEntries}", $"the package holds {archive.Entries.Count} entries, more than the limit of {maxEntries}");
            }

            long declared = 0;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > maxBytes)
                {
                    throw TooLarge(fileName, entry.FullName, maxBytes);
                }

                CheckName(fileName, entry.FullName);
                if (!names.Add(entry.FullName))
                {
                    throw Fail(fileName, $"項目 {entry.FullName} 重複", $"the entry {entry.FullName} appears twice");
                }
            }

            var entries = new List<PackageEntry>(archive.Entries.Count);
            long inflated = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.Length > 0 && entry.FullName[entry.FullName.Length - 1] == '/')
                {
                    continue;
                }

                var data = Inflate(entry, fileName, maxBytes - inflated);
                inflated += data.Length;
                entries.Add(new PackageEntry(entry.FullName, data));
            }

            return entries;
        }
        catch (InvalidDataException e)
        {
            throw Fail(fileName, "不是有效的 .docx（zip）檔案，或檔案已損毀", "not a valid .docx (zip) file, or the file is damaged", e);
        }
    }

    /// <summary>
    /// Refuses entry names that are not part names: a backslash, an absolute path, a drive, an
    /// empty, <c>.</c> or <c>..</c> segment. Copied into the output, they would escape the folder
    /// of whatever unpacks it.
    /// </summary>
    private static void CheckName(string fileName, string name)
    {
        var directory = name.Length > 0 && name[name.Length - 1] == '/';
        var segments = (directory ? name.Substring(0, name.Length - 1) : name).Split('/');
        if (name.Length == 0 || name.IndexOfAny(NotInPartNames) >= 0
            || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            throw Fail(
                fileName,
                $"項目名稱「{name}」不是合法的部分名稱（含有 \\、絕對路徑、磁碟代號或 .. 等路徑）：範本可能遭到竄改，不予使用",
                $"the entry name '{name}' is not a valid part name (a backslash, an absolute path, a drive or a .. segment): the template may have been tampered with and is refused");
        }
    }

    private static byte[] Inflate(ZipArchiveEntry entry, string fileName, long budget)
    {
        var declared = entry.Length;
        if (declared > budget)
        {
            throw TooLarge(fileName, entry.FullName, budget);
        }

        var data = new byte[declared];
        using var source = entry.Open();
        var filled = 0;
        while (filled < data.Length)
        {
            var read = source.Read(data, filled, data.Length - filled);
            if (read == 0)
            {
                throw Fail(fileName, $"項目 {entry.FullName} 比宣告的大小短，檔案已損毀", $"the entry {entry.FullName} is shorter than its declared size; the file is damaged");
            }

            filled += read;
        }

        if (source.ReadByte() != -1)
        {
            throw Fail(fileName, $"項目 {entry.FullName} 比宣告的大小長，檔案已損毀", $"the entry {entry.FullName} is longer than its declared size; the file is damaged");
        }

#if NET
        // ZipArchive does not compare the checksum; Word refuses such a file as damaged.
        if (System.IO.Hashing.Crc32.HashToUInt32(data) != entry.Crc32)
        {
            throw Fail(fileName, $"項目 {entry.FullName} 的檢查碼（CRC-32）不符，檔案已損毀", $"the entry {entry.FullName} does not match its CRC-32 checksum; the file is damaged");
        }
#endif

        return data;
    }

    private static MemoryStream CopyBounded(Stream source, string fileName, long maxBytes)
    {
        var bytes = FileKind.ReadBounded(source, maxBytes);
        return bytes.Length > maxBytes ? throw TooLarge(fileName, "(package)", maxBytes) : new MemoryStream(bytes, writable: false);
    }

    private static TemplateException TooLarge(string fileName, string entryName, long limit) => Fail(
        fileName,
        $"項目 {entryName} 解壓縮後超過大小上限 {limit} 位元組（可能是 zip 炸彈）",
        $"the entry {entryName} inflates beyond the size limit of {limit} bytes (possibly a zip bomb)");

    private static TemplateException Fail(string fileName, string zh, string en, Exception? inner = null)
    {
        var diagnostic = PackageDiagnostics.AtFile(fileName, zh, en);
        return inner is null ? new TemplateException([diagnostic]) : new TemplateException([diagnostic], inner);
    }
}
