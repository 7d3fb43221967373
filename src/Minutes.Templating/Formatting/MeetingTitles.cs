using System;
using System.Collections.Generic;

namespace Minutes.Templating.Formatting;

/// <summary>
/// The title of minutes: agency full name + session + meeting name + document type, one phrase
/// without punctuation (《文書處理手冊》; see docs/template-guide.md), such as
/// 臺北市都市計畫委員會第630次委員會議紀錄.
/// </summary>
public static class MeetingTitles
{
    private const string Meeting = "會議";

    /// <summary>
    /// Composes the title. A name ending in 會議 followed by a type starting with 會議 is not
    /// doubled: 鄉務會議 + 會議紀錄 → 鄉務會議紀錄; 委員會 + 會議紀錄 stays 委員會會議紀錄.
    /// </summary>
    /// <param name="agency">The agency's full name, such as 宜蘭縣政府.</param>
    /// <param name="session">The session, such as 第630次, or null.</param>
    /// <param name="name">The meeting's name, such as 委員會議.</param>
    /// <param name="documentType">會議紀錄, 議事錄 or 會議記錄.</param>
    /// <returns>The title in one line.</returns>
    public static string Compose(string? agency, string? session, string? name, string? documentType) =>
        (agency ?? "") + (session ?? "") + Join(name ?? "", documentType ?? "");

    /// <summary>
    /// Splits the title into the lines it is printed on. A title that fits stays one line; a
    /// longer one breaks between its parts, after the agency name (or after the session when
    /// the rest then fits one line), so that no line holds a lone character cut from a word.
    /// </summary>
    /// <param name="agency">The agency's full name.</param>
    /// <param name="session">The session, or null.</param>
    /// <param name="name">The meeting's name.</param>
    /// <param name="documentType">The document type.</param>
    /// <param name="perLine">How many full-width characters fit on a line (a digit or Latin letter counts half).</param>
    /// <returns>One or two lines, which joined give <see cref="Compose"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perLine"/> is less than 1.</exception>
    public static IReadOnlyList<string> Lines(string? agency, string? session, string? name, string? documentType, double perLine)
    {
        if (perLine < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(perLine), perLine, $"每行字數須至少為1，不可為{perLine} (characters per line must be at least 1, not {perLine})");
        }

        var whole = Compose(agency, session, name, documentType);
        if (Width(whole) <= perLine || string.IsNullOrEmpty(agency))
        {
            return [whole];
        }

        var rest = Join(name ?? "", documentType ?? "");
        var first = agency + session;
        if (!string.IsNullOrEmpty(session) && Width(first) <= perLine && Width(rest) <= perLine && Width(session + rest) > perLine)
        {
            return [first, rest];
        }

        return [agency!, session + rest];
    }

    /// <summary>The printed width in full-width characters: ASCII counts half.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width.</returns>
    public static double Width(string text)
    {
        _ = text ?? throw new ArgumentNullException(nameof(text));
        var width = 0.0;
        foreach (var c in text)
        {
            width += c < 0x80 ? 0.5 : char.IsLowSurrogate(c) ? 0 : 1;
        }

        return width;
    }

    private static string Join(string name, string documentType) =>
        name.EndsWith(Meeting, StringComparison.Ordinal) && documentType.StartsWith(Meeting, StringComparison.Ordinal)
            ? name + documentType.Remove(0, Meeting.Length)
            : name + documentType;
}
