using System;
using System.Collections.Generic;
using System.Linq;

namespace Minutes.Templating.Sections;

/// <summary>Typed access to field values that <see cref="SectionInputValidator"/> accepted.</summary>
internal sealed class SectionValues(IReadOnlyDictionary<string, string?> values)
{
    public string? Text(string id) =>
        values.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value!.Trim() : null;

    public string RequiredText(string id) => Text(id) ?? throw MissingValue(id);

    /// <summary>The non-blank lines of a multiline value, each trimmed.</summary>
    public IReadOnlyList<string> Lines(string id) =>
        Text(id) is { } text
            ? text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .ToList()
            : [];

    public int? Number(string id) =>
        Text(id) is { } text && SectionInputValidator.TryParseNumber(text, out var number) ? number : null;

    public (string Name, string? Title)? Person(string id) =>
        Text(id) is { } text && SectionInputValidator.TryParsePerson(text, out var name, out var title) ? (name, title) : null;

    public TimeSpan Time(string id) =>
        SectionInputValidator.TryParseTime(RequiredText(id), out var time) ? time : throw MissingValue(id);

    public DateTime DateTime(string id) =>
        SectionInputValidator.TryParseDateTime(RequiredText(id), out var dateTime) ? dateTime : throw MissingValue(id);

    private static InvalidOperationException MissingValue(string id) =>
        new($"Field '{id}' was not validated before rendering.");
}
