using System;
using System.Collections.Generic;
using System.Globalization;
using Minutes.Templating.Diagnostics;

using Minutes.Templating.Packaging;

namespace Minutes.Templating.Sections;

/// <summary>
/// Checks the field values of a section render request against the section's definition. Every
/// finding names its field as <c>fields.&lt;id&gt;</c> and is bilingual, so a clerk can fix it.
/// </summary>
public static class SectionInputValidator
{
    /// <summary>The most characters one field may hold.</summary>
    public const int MaxFieldLength = 20_000;

    internal const string TimeFormat = "HH:mm";
    internal const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>Validates <paramref name="values"/> (field id → text) for <paramref name="definition"/>.</summary>
    /// <param name="definition">The section kind.</param>
    /// <param name="values">The field values; absent, <see langword="null"/> and blank mean "not given".</param>
    /// <returns>The errors found, empty when the values can be rendered.</returns>
    public static IReadOnlyList<Diagnostic> Validate(SectionDefinition definition, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<Diagnostic>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in definition.Fields)
        {
            known.Add(field.Id);
            values.TryGetValue(field.Id, out var value);
            var error = Check(field, value);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        foreach (var key in values.Keys)
        {
            if (!known.Contains(key))
            {
                errors.Add(Error(key, DiagnosticRules.UnknownField,
                    $"「{definition.Label}」沒有「{key}」這個欄位",
                    $"section '{definition.Id}' has no field '{key}'"));
            }
        }

        return errors;
    }

    private static Diagnostic? Check(SectionField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return field.Required
                ? Error(field.Id, DiagnosticRules.RequiredField, $"請填寫「{field.Label}」", $"'{field.Id}' is required")
                : null;
        }

        if (value!.Length > MaxFieldLength)
        {
            return Error(field.Id, DiagnosticRules.FieldTooLong,
                $"「{field.Label}」超過 {MaxFieldLength} 字",
                $"'{field.Id}' is longer than {MaxFieldLength} characters");
        }

        var badCharacter = XmlCharacters.IndexOfUnstorable(value);
        if (badCharacter >= 0)
        {
            var code = ((int)value[badCharacter]).ToString("X4", CultureInfo.InvariantCulture);
            return Error(field.Id, DiagnosticRules.ControlCharacter,
                $"「{field.Label}」第 {badCharacter + 1} 個字元（U+{code}）無法寫入文件，請刪除",
                $"'{field.Id}' has a character that a document cannot hold (U+{code}) at position {badCharacter + 1}");
        }

        return field.Kind switch
        {
            SectionFieldKind.Text when value.IndexOfAny(['\n', '\r']) >= 0 =>
                Error(field.Id, DiagnosticRules.LineBreak, $"「{field.Label}」只能有一行", $"'{field.Id}' must be a single line"),
            SectionFieldKind.Number => CheckNumber(field, value),
            SectionFieldKind.Time when !TryParseTime(value, out _) =>
                Error(field.Id, DiagnosticRules.InvalidTime, $"「{field.Label}」請寫成 時:分，例如 14:30", $"'{field.Id}' must be a time written HH:mm"),
            SectionFieldKind.DateTime when !TryParseDateTime(value, out _) =>
                Error(field.Id, DiagnosticRules.InvalidDateTime, $"「{field.Label}」請寫成 年-月-日T時:分，例如 2017-07-18T13:30", $"'{field.Id}' must be a date and time written yyyy-MM-ddTHH:mm"),
            SectionFieldKind.Person when !TryParsePerson(value, out _, out _) =>
                Error(field.Id, DiagnosticRules.InvalidPerson, $"「{field.Label}」請寫成「全名 職稱」，例如「賴錫祿 秘書長」", $"'{field.Id}' must be a full name optionally followed by a space and a title"),
            _ => null,
        };
    }

    private static Diagnostic? CheckNumber(SectionField field, string value)
    {
        var minimum = field.Minimum ?? int.MinValue;
        var maximum = field.Maximum ?? int.MaxValue;
        if (TryParseNumber(value, out var number) && number >= minimum && number <= maximum)
        {
            return null;
        }

        return Error(field.Id, DiagnosticRules.InvalidNumber,
            $"「{field.Label}」請填 {minimum} 到 {maximum} 的整數",
            $"'{field.Id}' must be a whole number from {minimum} to {maximum}");
    }

    internal static bool TryParseNumber(string value, out int number) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    internal static bool TryParseTime(string value, out TimeSpan time)
    {
        var parsed = System.DateTime.TryParseExact(value.Trim(), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock);
        time = clock.TimeOfDay;
        return parsed;
    }

    internal static bool TryParseDateTime(string value, out DateTime dateTime) =>
        System.DateTime.TryParseExact(value.Trim(), DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime)
        && dateTime.Year > 1911;

    internal static bool TryParsePerson(string value, out string name, out string? title)
    {
        var parts = value.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        name = parts.Length > 0 ? parts[0] : "";
        title = parts.Length > 1 ? parts[1] : null;
        return parts.Length is 1 or 2;
    }

    private static Diagnostic Error(string fieldId, DiagnosticRule rule, string messageZh, string messageEn) =>
        Diagnostic.Of(rule, "fields." + fieldId, messageZh, messageEn);
}
