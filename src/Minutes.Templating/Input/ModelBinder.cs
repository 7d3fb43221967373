using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Input;

/// <summary>
/// Binds a <see cref="DataNode"/> tree to model objects by their <see cref="TypeShape"/>,
/// reporting every problem it meets (not only the first) with its data path and location,
/// and recording where each bound value came from.
/// </summary>
internal sealed class ModelBinder
{
    private static readonly System.Text.RegularExpressions.Regex WesternWrittenDate = new(
        @"^\s*(?:西元|公元)?\s*(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 上午12時 reads as midnight on the 12-hour clock; clerks who write it usually mean noon.
    private static readonly System.Text.RegularExpressions.Regex MorningTwelve = new(
        @"^\s*(?:上午|AM|am|a\.m\.)\s*12\s*[時:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const string FullWidthSpace = "\u3000";

    private readonly List<Diagnostic> diagnostics = new();
    private readonly Dictionary<DataPath, SourceLocation> locations = new();

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The source location of every bound value, by data path.</summary>
    public IReadOnlyDictionary<DataPath, SourceLocation> Locations => locations;

    public object? Bind(DataNode node, Type type) => BindValue(node, ValueShape.For(type), DataPath.Root);

    private object? BindValue(DataNode node, ValueShape shape, DataPath path)
    {
        locations[path] = node.Location;
        return shape.Kind switch
        {
            ValueKind.Object => BindObject(node, shape.Object, path),
            ValueKind.List => BindList(node, shape, path),
            _ => BindScalar(node, shape, path),
        };
    }

    private object? BindScalar(DataNode node, ValueShape shape, DataPath path)
    {
        if (node is not DataScalar scalar || scalar.IsNull)
        {
            return WrongType(node, shape, path);
        }

        var text = scalar.Value;
        switch (shape.Kind)
        {
            case ValueKind.Text when scalar.Style is ScalarStyle.Plain or ScalarStyle.Text:
                return text;
            case ValueKind.Integer when scalar.Style is ScalarStyle.Plain or ScalarStyle.Number
                && int.TryParse(ClerkDigits.Normalize(text), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                if (number >= 0)
                {
                    return number;
                }

                // Every number of a meeting is a count (votes, members, rows).
                Report(DiagnosticRules.WrongType, node, path, $"應為 0 或正整數（人數、票數），但寫的是 {text}", $"expected a count (0 or more) but found {text}");
                return null;
            case ValueKind.Boolean when scalar.Style is ScalarStyle.Plain or ScalarStyle.Boolean && text is "true" or "false":
                return text == "true";
            case ValueKind.Date when scalar.Style is ScalarStyle.Plain or ScalarStyle.Text:
                if (RocDate.TryParse(text, out var date))
                {
                    if (date.Year > RocDate.EpochYear)
                    {
                        return date;
                    }

                    Report(DiagnosticRules.InvalidDate, node, path,
                        $"「{text}」在民國元年（1912年）之前，民國紀年無法表示；請確認年份",
                        $"'{text}' is before 民國元年 (1912), which the ROC calendar cannot write; check the year");
                    return null;
                }

                var (dateZh, dateEn) = InvalidDate(text);
                Report(DiagnosticRules.InvalidDate, node, path, dateZh, dateEn);
                return null;
            case ValueKind.Time when scalar.Style is ScalarStyle.Plain or ScalarStyle.Text:
                if (RocTime.TryParse(text, out var time))
                {
                    if (MorningTwelve.IsMatch(ClerkDigits.Normalize(text)))
                    {
                        Report(DiagnosticRules.MidnightTime, node, path,
                            $"「{text}」讀作午夜（午夜12時，即0時）；若指中午，請寫「中午12時」或「下午12時」",
                            $"'{text}' is read as midnight (00:00); for noon write 中午12時 or 下午12時");
                    }

                    return time;
                }

                Report(DiagnosticRules.InvalidTime, node, path,
                    $"「{text}」不是有效的時間；請寫成 13:30 或 下午1時30分",
                    $"'{text}' is not a valid time of day; write 13:30 or 下午1時30分");
                return null;
            default:
                return WrongType(node, shape, path);
        }
    }

    /// <summary>
    /// Why a date does not read, with the forms to write: a Western year written with 年
    /// (2025年9月10日) is shown both as the ROC year (114年9月10日) and in ISO form (2025-09-10).
    /// </summary>
    private static (string Zh, string En) InvalidDate(string text)
    {
        var western = WesternWrittenDate.Match(ClerkDigits.Normalize(text));
        if (western.Success)
        {
            var (y, m, d) = (int.Parse(western.Groups["y"].Value, CultureInfo.InvariantCulture), western.Groups["m"].Value, western.Groups["d"].Value);
            var roc = $"{y - RocDate.EpochYear}年{int.Parse(m, CultureInfo.InvariantCulture)}月{int.Parse(d, CultureInfo.InvariantCulture)}日";
            var iso = $"{y:D4}-{int.Parse(m, CultureInfo.InvariantCulture):D2}-{int.Parse(d, CultureInfo.InvariantCulture):D2}";
            return y > RocDate.EpochYear
                ? ($"「{text}」不是有效的日期：寫「年」時年份要用民國年，請寫成 {roc}，或用西元寫成 {iso}",
                    $"'{text}' is not a valid date: a year written with 年 is an ROC year; write {roc}, or {iso} for the Western year")
                : ($"「{text}」不是有效的日期：年份請用民國年（例如 114年9月10日）或西元（例如 2025-09-10）",
                    $"'{text}' is not a valid date: write the ROC year (114年9月10日) or an ISO date (2025-09-10)");
        }

        if (RocDate.Problem(text) is { } problem)
        {
            return ($"「{text}」不是有效的日期：{problem.Zh}", $"'{text}' is not a valid date: {problem.En}");
        }

        return ($"「{text}」不是有效的日期：請寫成民國年 114年9月10日、114-09-10，或西元 2025-09-10（月、日要存在）",
            $"'{text}' is not a valid date: write the ROC year (114年9月10日, 114-09-10) or an ISO date (2025-09-10), with a month and day that exist");
    }

    private object? BindList(DataNode node, ValueShape shape, DataPath path)
    {
        // A single value where a list is expected is read as a list of one: "explanation: 一段文字".
        var items = node is DataSequence sequence ? sequence.Items : new[] { node };
        var element = shape.Element;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(shape.ElementType!))!;
        for (var i = 0; i < items.Count; i++)
        {
            var value = BindValue(items[i], element, path.Item(i));
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return Activator.CreateInstance(shape.ClrType, list);
    }

    private object? BindObject(DataNode node, TypeShape shape, DataPath path)
    {
        if (shape.Type == typeof(Person) && node is DataScalar { IsNull: false, Style: ScalarStyle.Plain or ScalarStyle.Text } written)
        {
            return BindWrittenPerson(written, path);
        }


        if (node is DataScalar { IsNull: false } scalar && shape.ScalarForm is { } scalarForm)
        {
            var instance = Activator.CreateInstance(shape.Type)!;
            var value = BindValue(scalar, scalarForm.Value, path);
            if (value is not null)
            {
                scalarForm.Property.SetValue(instance, value);
            }

            return instance;
        }

        if (node is not DataMapping mapping)
        {
            return WrongType(node, ValueShape.For(shape.Type), path);
        }

        if (shape.IsPolymorphic)
        {
            var concrete = SelectKind(mapping, shape, path);
            return concrete is null ? null : BindMapping(mapping, TypeShape.For(concrete), path);
        }

        return BindMapping(mapping, shape, path);
    }

    /// <summary>
    /// A person written as one text: 「陳建宏鄉長」 and 「陳建宏 鄉長」 are name and title; when the
    /// text does not read unambiguously, the message shows how to write it.
    /// </summary>
    private Person? BindWrittenPerson(DataScalar written, DataPath path)
    {
        if (PersonNames.TryParseWritten(written.Value, out var name, out var title))
        {
            locations[path.Property("name")] = written.Location;
            if (title is not null)
            {
                locations[path.Property("title")] = written.Location;
            }

            return new Person { Name = name, Title = title };
        }

        var key = Key(path);
        var example = PersonNames.TitleSuffix(written.Value) ?? "鄉長";
        Report(DiagnosticRules.WrongType, written, path,
            $"無法從「{written.Value}」分出姓名與職稱：{Label(path)}（{key}）請寫成：\n  name: 全名（例如 陳建宏）\n  title: {example}\n（或寫成一行「陳建宏 {example}」，全名與職稱間空一格）",
            $"cannot tell the name from the title in '{written.Value}': write name: and title: on their own lines (or 'name title' separated by a space)");
        return null;
    }

    /// <summary>What a person's key is called in Chinese (主席, 紀錄, 提案人 …).</summary>
    private static string Label(DataPath path)
    {
        return Key(path) switch
        {
            "chair" => "主席",
            "recorder" => "紀錄",
            "proposer" => "提案人",
            "by" => "建議人",
            "contact" => "聯絡人",
            "person" => "人員",
            _ => "人員",
        };
    }

    /// <summary>The last key of a path, without a list index: <c>recorder[0]</c> → <c>recorder</c>.</summary>
    private static string Key(DataPath path)
    {
        var text = path.ToString();
        var bracket = text.LastIndexOf('[');
        text = bracket > text.LastIndexOf('.') && bracket > 0 ? text.Substring(0, bracket) : text;
        return text.Substring(text.LastIndexOf('.') + 1);
    }

    private object BindMapping(DataMapping mapping, TypeShape shape, DataPath path)
    {
        var instance = Activator.CreateInstance(shape.Type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            var childPath = path.Property(key);
            if (!seen.Add(key))
            {
                Report(DiagnosticRules.DuplicateKey, entry.Key, childPath, $"鍵「{key}」重複出現：同一層不能有兩個相同的鍵；若這是清單的下一項，請在這一行的鍵前面加上「- 」（減號加空白）", $"key '{key}' appears more than once: if this starts the next item of a list, put '- ' before the key");
                continue;
            }

            if (shape.KindOf is not null && key == TypeShape.KindKey)
            {
                continue;
            }

            var property = shape.Find(key);
            if (property is null)
            {
                ReportUnknownKey(entry.Key, shape, childPath);
                continue;
            }

            if (entry.Value is DataScalar { IsNull: true })
            {
                locations[childPath] = entry.Value.Location;
                if (property.IsRequired)
                {
                    Report(DiagnosticRules.MissingField, entry.Value, childPath,
                        $"必填欄位「{key}」（{property.Description}）不能是空值（~ 或 null）；請填寫內容",
                        $"required field '{key}' cannot be empty (~ or null); write its value");
                }
                else if (Nullable.GetUnderlyingType(property.Property.PropertyType) is not null)
                {
                    // An optional time or number written as ~ is more likely a slip than "none": leaving the line out says none.
                    Report(DiagnosticRules.MissingField, entry.Value, childPath,
                        $"欄位「{key}」（{property.Description}）不能是空值（~ 或 null）；沒有就刪除這一行",
                        $"field '{key}' cannot be empty (~ or null); leave the line out when there is none");
                }

                continue;
            }

            var value = BindValue(entry.Value, property.Value, childPath);
            if (value is not null)
            {
                property.Property.SetValue(instance, value);
            }
        }

        foreach (var property in shape.Properties.Where(p => p.IsRequired && !seen.Contains(p.Key)))
        {
            Report(DiagnosticRules.MissingField, mapping, path.Property(property.Key),
                $"缺少必填欄位「{property.Key}」（{property.Description}）",
                $"required field '{property.Key}' is missing");
        }

        return instance;
    }

    private Type? SelectKind(DataMapping mapping, TypeShape shape, DataPath path)
    {
        var kinds = string.Join(", ", shape.Kinds.Keys);
        var kindEntry = mapping.Entries.FirstOrDefault(e => e.Key.Value == TypeShape.KindKey);
        if (kindEntry.Key is null)
        {
            Report(DiagnosticRules.MissingField, mapping, path.Property(TypeShape.KindKey),
                $"缺少段落種類「kind」；可用：{kinds}", $"section 'kind' is missing; one of: {kinds}");
            return null;
        }

        var kindPath = path.Property(TypeShape.KindKey);
        locations[kindPath] = kindEntry.Value.Location;
        if (kindEntry.Value is DataScalar { IsNull: false } kind && shape.Kinds.TryGetValue(kind.Value, out var type))
        {
            return type;
        }

        var written = (kindEntry.Value as DataScalar)?.Value ?? "";
        Report(DiagnosticRules.UnknownKind, kindEntry.Value, kindPath,
            $"未知的段落種類「{written}」；可用：{kinds}", $"unknown section kind '{written}'; one of: {kinds}");
        return null;
    }

    private void ReportUnknownKey(DataScalar key, TypeShape shape, DataPath path)
    {
        var known = shape.Properties.Select(p => p.Key).ToList();
        if (shape.KindOf is not null)
        {
            known.Insert(0, TypeShape.KindKey);
        }

        if (shape.Type == typeof(Attendance) && key.Value is "present" or "observers" or "absent")
        {
            // Version 0.2's lists are read alone (OldAttendanceLayout); beside groups, one file would list people twice over.
            Report(DiagnosticRules.UnknownKey, key, path,
                $"「{key.Value}」是 0.2 版的寫法，不能與 groups 同時使用：請把這份名單移到 groups 之下，每組寫 label 與 people（列席的組加 observers: true，請假者在 people 中寫 status: 請假）",
                $"'{key.Value}' is the 0.2 layout and cannot be mixed with groups: move these people under groups, each group with a label and people (observers: true for 列席; status: 請假 for those on leave)");
            return;
        }

        if (key.Value.StartsWith(FullWidthSpace, StringComparison.Ordinal))
        {
            // YAML indents with spaces only: a full-width space (U+3000) is part of the key.
            var bare = key.Value.TrimStart(FullWidthSpace[0]);
            Report(DiagnosticRules.UnknownKey, key, path,
                $"「{bare}」前面的縮排用了全形空白（U+3000，中文輸入法的空白）：YAML 只認半形空白，請把這一行開頭的全形空白改成半形空白",
                $"the indentation before '{bare}' is made of full-width spaces (U+3000): YAML indents with ASCII spaces only; replace them");
            return;
        }

        var closest = known.OrderBy(k => EditDistance(k, key.Value)).First();
        var hint = EditDistance(closest, key.Value) <= Math.Max(2, key.Value.Length / 3) ? closest : null;
        Report(DiagnosticRules.UnknownKey, key, path,
            $"未知的欄位「{key.Value}」" + (hint is null ? $"；可用：{string.Join(", ", known)}" : $"；是否為「{hint}」？"),
            $"unknown key '{key.Value}'" + (hint is null ? $"; known keys: {string.Join(", ", known)}" : $"; did you mean '{hint}'?"));
    }

    private object? WrongType(DataNode node, ValueShape expected, DataPath path)
    {
        var (zh, en) = Expected(expected);
        var (actualZh, actualEn) = node.Describe();
        var hint = expected.Kind == ValueKind.Object && !expected.Object.IsPolymorphic && node is DataScalar
            ? $"：請從下一行起縮排兩格，逐行寫「鍵: 值」，可用的鍵：{string.Join(", ", expected.Object.Properties.Select(p => p.Key))}"
            : "";
        // The value written is quoted, shortened: "yes" for true is the usual slip.
        var written = node is DataScalar { IsNull: false } scalar
            ? scalar.Value.Length <= 20 ? scalar.Value : scalar.Value.Remove(20) + "…"
            : null;
        var space = zh[0] < 0x80 ? " " : "";
        Report(DiagnosticRules.WrongType, node, path,
            $"應為{space}{zh}，但寫的是{actualZh}{(written is null ? "" : $"「{written}」")}{hint}",
            $"expected {en} but found {actualEn}{(written is null ? "" : $" '{written}'")}");
        return null;
    }

    private static (string Zh, string En) Expected(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Text => ("文字", "text"),
        ValueKind.Integer => ("整數", "a whole number"),
        ValueKind.Boolean => ("true 或 false", "true or false"),
        ValueKind.Date => ("日期", "a date"),
        ValueKind.Time => ("時間", "a time of day"),
        ValueKind.List => ("清單", "a list"),
        _ => shape.Object.ScalarForm is null ? ("對照表（鍵: 值）", "a mapping") : ("文字或對照表", "text or a mapping"),
    };

    private void Report(DiagnosticRule rule, DataNode node, DataPath path, string zh, string en) =>
        diagnostics.Add(Diagnostic.Of(rule, path.ToString(), zh, en, node.Location));

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
