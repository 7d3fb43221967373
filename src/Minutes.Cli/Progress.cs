using System;
using System.Threading;

namespace Minutes.Cli;

/// <summary>
/// Progress of a run over several inputs: a bar redrawn in place on a terminal, plain lines
/// when standard error is redirected (logs, CI).
/// </summary>
internal sealed class Progress
{
    private const int Width = 30;
    private readonly int total;
    private readonly bool terminal = !Console.IsErrorRedirected;
    private int done;

    public Progress(int total) => this.total = total;

    /// <summary>Records one finished input and what became of it.</summary>
    public void Advance(string line)
    {
        var count = Interlocked.Increment(ref done);
        line = Messages.Printable(line);
        lock (Messages.Gate)
        {
            if (!terminal)
            {
                Console.Error.WriteLine($"[{count}/{total}] {line}");
                return;
            }

            var filled = Width * count / Math.Max(1, total);
            Console.Error.Write($"\r\u001b[2K{line}\n[{new string('#', filled)}{new string('-', Width - filled)}] {count}/{total}");
            if (count == total)
            {
                Console.Error.Write("\r\u001b[2K");
            }
        }
    }
}
