using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Minutes.Cli;

/// <summary>
/// Checks made before a command writes anything: no output may be one of the command's inputs
/// (compared as full paths, through a symbolic link to the file), and no two inputs may be
/// written to the same output.
/// </summary>
internal static class OutputGuard
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The path a file name stands for: its full path, through a symbolic link to its final target.</summary>
    public static string Identity(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
        catch (UnauthorizedAccessException)
        {
            return full;
        }
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same file.</summary>
    public static bool Same(string a, string b) => string.Equals(Identity(a), Identity(b), PathComparison);

    /// <summary>
    /// False, after saying so, when <paramref name="output"/> is one of <paramref name="inputs"/>:
    /// writing it would destroy what the command reads.
    /// </summary>
    public static bool NotAnInput(string output, IEnumerable<string> inputs)
    {
        var clash = inputs.FirstOrDefault(input => Same(output, input));
        if (clash is null)
        {
            return true;
        }

        Messages.Error(
            output,
            $"輸出檔就是這個指令的輸入檔（{clash}），寫入會毀掉它；什麼都沒有寫入，請用 -o 指定另一個檔名",
            $"the output is an input of this command ({clash}) and would be overwritten; nothing was written: give another name with -o");
        return false;
    }

    /// <summary>
    /// False, after naming them, when two inputs would be written to the same output (a.yaml,
    /// a.yml and a.json all to a.docx).
    /// </summary>
    public static bool NoCollisions(IReadOnlyList<(string Input, string? Output)> targets)
    {
        var ok = true;
        foreach (var group in targets.Where(t => t.Output is not null)
            .GroupBy(t => Identity(t.Output!), OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1))
        {
            ok = false;
            var inputs = string.Join(", ", group.Select(t => t.Input));
            Messages.Error(
                group.First().Output!,
                $"{group.Count()} 個輸入檔（{inputs}）會寫到同一個輸出檔，後寫的會蓋掉先寫的；什麼都沒有寫入，請把輸入檔改成不同的名稱",
                $"{group.Count()} inputs ({inputs}) would be written to this one output, each replacing the last; nothing was written: rename the inputs so their names differ");
        }

        return ok;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 without a byte order mark; see <see cref="Write(string, byte[])"/>.
    /// </summary>
    public static bool Write(string output, string text) => Write(output, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>
    /// Writes <paramref name="bytes"/> to the file the clerk named with -o, whole or not at all
    /// (<see cref="Minutes.Templating.AtomicFile"/>). False, after saying so in Chinese and English
    /// and naming <paramref name="output"/> (never the temporary file), when it is a folder, its
    /// folder does not exist, or the system refuses the write.
    /// </summary>
    public static bool Write(string output, byte[] bytes)
    {
        if (Directory.Exists(output))
        {
            Messages.Error(output, "這是一個資料夾，不是檔案；請在 -o 寫出檔名（例如 資料夾/會議.yaml）；什麼都沒有寫入",
                "this is a folder, not a file: give a file name with -o (such as folder/meeting.yaml); nothing was written");
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            var named = Path.GetDirectoryName(output);
            named = string.IsNullOrEmpty(named) ? folder : named;
            Messages.Error(output, $"資料夾「{named}」不存在；請先建立它，或寫到已存在的資料夾；什麼都沒有寫入",
                $"the folder '{named}' does not exist: create it first or write to an existing folder; nothing was written");
            return false;
        }

        try
        {
            Minutes.Templating.AtomicFile.Write(output, stream => stream.Write(bytes, 0, bytes.Length));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "沒有寫入權限" : "系統拒絕寫入";
            Messages.Error(output, $"無法寫入這個檔案（{reason}）；什麼都沒有寫入", $"cannot write this file: {e.Message}");
            return false;
        }
    }
}
