using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Minutes.Templating.Model;

namespace Minutes.Templating.Formatting;

/// <summary>
/// Names and titles as the minutes write them: 賴秘書長錫祿, 黃淑鈴委員 or 委員黃淑鈴. The
/// surname is <see cref="Person.Surname"/> when given; otherwise it is read from the full name,
/// knowing the compound surnames (歐陽, 司馬, 張簡, 范姜 …). All are extension methods of
/// <see cref="Person"/>: <c>person.ToHonorific()</c>, <c>person.GetSurname()</c>,
/// <c>person.GetGivenName()</c>.
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        // Classical compound surnames.
        "歐陽", "司馬", "諸葛", "上官", "司徒", "夏侯", "東方", "皇甫", "長孫", "慕容", "令狐",
        "端木", "公孫", "軒轅", "尉遲", "單于", "澹臺", "公冶", "宗政", "濮陽", "淳于", "太叔",
        "申屠", "鍾離", "宇文", "聞人", "赫連", "呼延", "西門", "南宮", "百里", "東郭", "左丘",
        "公羊", "穀梁", "第五", "拓跋", "司空", "仲孫", "羊舌", "微生", "梁丘", "閭丘",
        // Taiwanese double surnames (複姓 from two families).
        "張簡", "范姜", "張廖", "周黃",
    };

    // Titles a clerk writes after a name (陳建宏鄉長), longest first so 主任委員 wins over 委員.
    private static readonly string[] Titles = new[]
    {
        "鄉長", "鎮長", "市長", "縣長", "區長", "村長", "里長", "局長", "處長", "秘書長", "主任秘書", "主秘",
        "主任委員", "專門委員", "委員", "主任", "科長", "課長", "股長", "組長", "隊長", "所長", "館長", "校長",
        "院長", "部長", "署長", "司長", "廳長", "議長", "議員", "代表", "主席", "召集人", "執行長", "董事長",
        "理事長", "總經理", "經理", "秘書", "參議", "參事", "顧問", "技正", "技士", "專員", "科員", "辦事員",
        "研究員", "督導", "社工員", "教授", "老師", "醫師", "律師", "會計師", "建築師", "技師",
    }.OrderByDescending(t => t.Length).ToArray();

    private static readonly char[] Spaces = { ' ', '\u3000' };

    // Words before a title that belong to it: 副鄉長, 代理局長, 兼任主任.
    private static readonly string[] TitlePrefixes = { "代理副", "代理", "兼任", "副", "兼" };

    /// <summary>The compound (two-character) surnames recognised when splitting a full name.</summary>
    public static IReadOnlyCollection<string> CompoundSurnames { get; } = Compounds.ToArray();

    /// <summary>
    /// The surname of a full name written surname first: 賴錫祿 → 賴, 歐陽修 → 歐陽,
    /// 張簡文彬 → 張簡. A four-character name with no known compound surname is read as a
    /// two-character surname (冠夫姓 such as 陳林美惠). A name with other than Chinese
    /// characters (Latin letters, 「·」 in indigenous names) has no surname to split off: the
    /// result is empty.
    /// </summary>
    /// <param name="fullName">The full name.</param>
    /// <returns>The surname, or empty when it cannot be told.</returns>
    internal static string SurnameOf(string fullName)
    {
        var name = (fullName ?? throw new ArgumentNullException(nameof(fullName))).Trim();
        var characters = Characters(name);
        if (characters.Count < 2 || !characters.All(character => CjkCharacters.IsHan(char.ConvertToUtf32(character, 0))))
        {
            return "";
        }

        var firstTwo = characters[0] + characters[1];
        if (characters.Count >= 3 && Compounds.Contains(firstTwo))
        {
            return firstTwo;
        }

        return characters.Count == 4 ? firstTwo : characters[0];
    }

    /// <summary>
    /// Reads a person written as one text the way a clerk writes it, when that is unambiguous:
    /// 「陳建宏鄉長」 or 「陳建宏 鄉長」 is 陳建宏 with the title 鄉長 (a known title such as 鄉長,
    /// 局長, 秘書長, 委員, possibly 副 or 代理 before it), 「陳建宏」 is a name without a title,
    /// and the form the minutes print, 「陳鄉長建宏」, is the same person. The
    /// name must then read as a Chinese full name of two to four characters, so 「王委員」 (a
    /// surname only) and 「觀光發展科」 (not a name) are refused.
    /// </summary>
    /// <param name="written">The text.</param>
    /// <param name="name">The full name.</param>
    /// <param name="title">The title, or null.</param>
    /// <returns>Whether the text reads unambiguously as a person.</returns>
    internal static bool TryParseWritten(string written, out string name, out string? title)
    {
        name = "";
        title = null;
        var text = (written ?? "").Trim();
        var parts = text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            // 「陳建宏 鄉長」: the clerk separated name and title; the title is any Chinese word.
            if (IsFullName(parts[0]) && parts[1].Length <= 8 && Characters(parts[1]).All(IsHan))
            {
                (name, title) = (parts[0], parts[1]);
                return true;
            }

            return false;
        }

        if (parts.Length != 1)
        {
            return false;
        }

        foreach (var known in Titles)
        {
            if (!text.EndsWith(known, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text.Substring(0, text.Length - known.Length);
            var prefix = TitlePrefixes.FirstOrDefault(p => rest.EndsWith(p, StringComparison.Ordinal) && IsFullName(rest.Substring(0, rest.Length - p.Length)));
            if (prefix is not null)
            {
                rest = rest.Substring(0, rest.Length - prefix.Length);
            }

            if (!IsFullName(rest))
            {
                return false;
            }

            (name, title) = (rest, (prefix ?? "") + known);
            return true;
        }

        if (IsFullName(text))
        {
            name = text;
            return true;
        }

        return TryParseHonorific(text, out name, out title);
    }

    /// <summary>
    /// The form the minutes print, surname, title, given name: 賴秘書長錫祿 is 賴錫祿, 秘書長;
    /// 林副議長棋山 is 林棋山, 副議長. The surname is one character or a known compound surname,
    /// the given name one or two characters, the title a known one (with 副 or 代理 before it).
    /// </summary>
    private static bool TryParseHonorific(string text, out string name, out string? title)
    {
        name = "";
        title = null;
        var characters = Characters(text);
        if (!characters.All(IsHan))
        {
            return false;
        }

        foreach (var surname in characters.Count > 2 && Compounds.Contains(characters[0] + characters[1]) ? new[] { characters[0] + characters[1], characters[0] } : new[] { characters[0] })
        {
            var rest = text.Substring(surname.Length);
            var prefix = TitlePrefixes.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)) ?? "";
            var known = Titles.FirstOrDefault(t => rest.Substring(prefix.Length).StartsWith(t, StringComparison.Ordinal));
            if (known is null)
            {
                continue;
            }

            var given = rest.Substring(prefix.Length + known.Length);
            if (Characters(given).Count is 1 or 2 && IsFullName(surname + given))
            {
                (name, title) = (surname + given, prefix + known);
                return true;
            }
        }

        return false;
    }

    /// <summary>The known title a text ends with (委員 for 王委員), or null.</summary>
    /// <param name="written">The text.</param>
    /// <returns>The title, or null.</returns>
    internal static string? TitleSuffix(string written) =>
        Titles.FirstOrDefault(t => (written ?? "").Trim().EndsWith(t, StringComparison.Ordinal));

    /// <summary>A Chinese full name: two to four Han characters (冠夫姓 included).</summary>
    private static bool IsFullName(string text)
    {
        var characters = Characters(text);
        return characters.Count is >= 2 and <= 4 && characters.All(IsHan);
    }

    private static bool IsHan(string character) => CjkCharacters.IsHan(char.ConvertToUtf32(character, 0));

    /// <summary>The surname of a person: <see cref="Person.Surname"/> when given, else read from the name.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The surname, or empty when it cannot be told.</returns>
    public static string GetSurname(this Person person)
    {
        var surname = (person ?? throw new ArgumentNullException(nameof(person))).Surname?.Trim();
        return string.IsNullOrEmpty(surname) ? SurnameOf(person.Name) : surname!;
    }

    /// <summary>The given name of a person: the full name without the surname (錫祿 for 賴錫祿).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The given name; the whole name when no surname can be told.</returns>
    public static string GetGivenName(this Person person)
    {
        var name = (person ?? throw new ArgumentNullException(nameof(person))).Name.Trim();
        var surname = person.GetSurname();
        return surname.Length > 0 && surname.Length < name.Length && name.StartsWith(surname, StringComparison.Ordinal)
            ? name.Substring(surname.Length)
            : name;
    }

    /// <summary>
    /// Names a person with their title: 賴秘書長錫祿 (<see cref="HonorificStyle.SurnameTitleGiven"/>),
    /// 黃淑鈴委員 (<see cref="HonorificStyle.NameTitle"/>) or 委員黃淑鈴
    /// (<see cref="HonorificStyle.TitleName"/>). Without a title, the name alone; when the surname
    /// cannot be told, surname-title-given falls back to 黃淑鈴委員.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="style">Where the title goes.</param>
    /// <returns>The name with the title.</returns>
    public static string ToHonorific(this Person person, HonorificStyle style = HonorificStyle.SurnameTitleGiven)
    {
        var name = (person ?? throw new ArgumentNullException(nameof(person))).Name.Trim();
        var title = person.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return name;
        }

        var given = person.GetGivenName();
        return style switch
        {
            HonorificStyle.TitleName => title + name,
            HonorificStyle.SurnameTitleGiven when given != name => person.GetSurname() + title + given,
            _ => name + title,
        };
    }

    /// <summary>The characters of a name, keeping a rare character outside the BMP (𡒊) whole.</summary>
    private static List<string> Characters(string name)
    {
        var characters = new List<string>(name.Length);
        var elements = StringInfo.GetTextElementEnumerator(name);
        while (elements.MoveNext())
        {
            characters.Add(elements.GetTextElement());
        }

        return characters;
    }
}
