using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Formatting;
using Minutes.Templating.Input;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Sections;

/// <summary>
/// The form of a section, derived from the model: its fields come from the properties of the
/// site's type (labels and hints from their <c>[Description]</c>), its values are bound by the
/// meeting reader's <see cref="ModelBinder"/> and checked by <see cref="Validation.MeetingValidator"/>,
/// and every finding is mapped back to the field it concerns.
/// </summary>
internal static class SectionForm
{
    /// <summary>The id of the field that gives the section's position.</summary>
    public const string NumberField = "number";

    /// <summary>The most characters one field may hold.</summary>
    public const int MaxFieldLength = 20_000;

    /// <summary>The largest position a clerk may give.</summary>
    public const int MaxNumber = 99;

    /// <summary>
    /// The fields of a site's type: objects are opened into their properties (<c>votes.for</c>); a
    /// person is one field, written as a meeting file may write one (<c>proposer</c>: 曾文杞 委員).
    /// </summary>
    public static IReadOnlyList<SectionField> Fields(SectionSite site, string? numberLabel, IReadOnlyCollection<string> alsoRequired)
    {
        var fields = new List<SectionField>();
        if (numberLabel is not null)
        {
            fields.Add(new SectionField(NumberField, numberLabel, SectionFieldKind.Number, true, "接續文件中的編號，例如 3")
            {
                Minimum = 1,
                Maximum = MaxNumber,
                RequiredByForm = true,
            });
        }

        var shape = TypeShape.For(site.Type);
        var keys = site.Keys ?? shape.Properties.Select(p => p.Key).ToList();
        foreach (var key in keys)
        {
            var count = fields.Count;
            var (property, idPrefix, labelPrefix) = Resolve(shape, key);
            Add(fields, property, idPrefix, labelPrefix, alsoRequired.Contains(key) || property.IsRequired);
            if (alsoRequired.Contains(key) && !property.IsRequired)
            {
                // The model lets it out, but without it the section has nothing to show.
                fields[count] = fields[count] with { RequiredByForm = true };
            }
        }

        return fields;
    }

    /// <summary>The property at a dotted key (<c>attendance.note</c>), with the id and label of the objects it lies in.</summary>
    private static (PropertyShape Property, string IdPrefix, string LabelPrefix) Resolve(TypeShape shape, string key)
    {
        var parts = key.Split('.');
        var idPrefix = "";
        var labelPrefix = "";
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var outer = shape.Find(parts[i])!;
            idPrefix += parts[i] + ".";
            labelPrefix += Describe(outer.Description ?? outer.Key).Label + "：";
            shape = outer.Value.Object;
        }

        return (shape.Find(parts[parts.Length - 1])!, idPrefix, labelPrefix);
    }

    private static void Add(List<SectionField> fields, PropertyShape property, string idPrefix, string labelPrefix, bool required)
    {
        var (label, hint) = Describe(property.Description ?? property.Key);
        var id = idPrefix + property.Key;
        var value = property.Value;
        switch (value.Kind)
        {
            case ValueKind.Object when value.Object.Type == typeof(Person):
                // One line, read as a meeting file's written person (賴錫祿 秘書長, 陳建宏鄉長).
                fields.Add(new SectionField(id, labelPrefix + label, SectionFieldKind.Person, required, Join(hint, "全名與職稱，例如：賴錫祿 秘書長")));
                break;
            case ValueKind.Object:
                foreach (var inner in value.Object.Properties)
                {
                    Add(fields, inner, id + ".", labelPrefix + label + "：", required && inner.IsRequired);
                }

                break;
            case ValueKind.List when value.Element.Kind == ValueKind.Text
                || (value.Element.Kind == ValueKind.Object && (value.Element.Object.ScalarForm is not null || value.Element.Object.Type == typeof(Person))):
                fields.Add(new SectionField(id, labelPrefix + label, SectionFieldKind.Multiline, required, Join(hint, "每行一項"))
                {
                    IsList = true,
                });
                break;
            case ValueKind.List or ValueKind.Boolean:
                break; // Not written in a one-section form.
            default:
                fields.Add(new SectionField(id, labelPrefix + label, KindOf(property), required, hint)
                {
                    Minimum = value.Kind == ValueKind.Integer ? 0 : null,
                });
                break;
        }
    }

    private static SectionFieldKind KindOf(PropertyShape property) => property.Value.Kind switch
    {
        ValueKind.Integer => SectionFieldKind.Number,
        ValueKind.Date => SectionFieldKind.Date,
        ValueKind.Time => SectionFieldKind.Time,
        _ => property.IsMultiLine ? SectionFieldKind.Multiline : SectionFieldKind.Text,
    };

    /// <summary>「會議名稱，例如：兒童…」 → (會議名稱, 例如：兒童…); 「標題；未填時…」 → (標題, 未填時…).</summary>
    private static (string Label, string Hint) Describe(string description)
    {
        // The first comma or semicolon outside brackets: 「紀錄人員（可多人，各附職稱）；…」 keeps its bracket.
        var depth = 0;
        for (var i = 0; i < description.Length; i++)
        {
            switch (description[i])
            {
                case '（': depth++; break;
                case '）': depth--; break;
                case '，' or '；' when depth == 0:
                    return (description.Substring(0, i), description.Substring(i + 1));
            }
        }

        return (description, "");
    }

    private static string Join(string hint, string more) => hint.Length == 0 ? more : hint + "；" + more;

    /// <summary>
    /// Reads the form into the meeting built around the section, through the meeting reader's
    /// binder and the meeting validator: the same rules as a meeting file, located at the fields.
    /// </summary>
    /// <exception cref="SectionInputException">Any value cannot be used; every finding is named.</exception>
    public static (Meeting Meeting, SectionPlacement Placement) Read(SectionDefinition definition, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<Diagnostic>();
        var placement = Bind(definition, values, errors);
        var binder = new ModelBinder();
        var meeting = binder.Bind(placement.Meeting, typeof(Meeting)) as Meeting;
        // A value the form refused (a line break in a name) is named once, by the form's rule.
        var refused = new HashSet<string>(errors.Select(e => e.Path), StringComparer.Ordinal);
        errors.AddRange(binder.Diagnostics.Select(d => ToField(d, definition, placement.Fragment)).Where(d => !refused.Contains(d.Path)));
        if (meeting is not null && errors.Count == 0)
        {
            errors.AddRange(MeetingValidator.Validate(meeting).Select(d => ToField(d, definition, placement.Fragment)));
            if (errors.Count == 0)
            {
                return (meeting, placement);
            }
        }

        throw new SectionInputException(errors);
    }

    /// <summary>
    /// Checks what the form itself decides (known fields, length, one line, the position) and builds
    /// the meeting around the section. Blank values count as not given.
    /// </summary>
    /// <returns>The placement of the values that could be used (at position 1 when the number cannot); <paramref name="errors"/> receives the rest.</returns>
    private static SectionPlacement Bind(SectionDefinition definition, IReadOnlyDictionary<string, string?> values, List<Diagnostic> errors)
    {
        var byId = definition.Fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var key in values.Keys.Where(k => !byId.ContainsKey(k)))
        {
            errors.Add(Error(key, DiagnosticRules.UnknownField,
                $"「{definition.Label}」沒有「{key}」這個欄位；可填的欄位：{string.Join("、", definition.Fields.Select(f => f.Id))}",
                $"section '{definition.Id}' has no field '{key}'; its fields are {string.Join(", ", definition.Fields.Select(f => f.Id))}"));
        }

        var number = 1;
        var given = new List<(SectionField Field, string Value)>();
        foreach (var field in definition.Fields)
        {
            var value = values.TryGetValue(field.Id, out var v) && !string.IsNullOrWhiteSpace(v) ? v!.Trim() : null;
            if (value is null)
            {
                if (field.RequiredByForm)
                {
                    errors.Add(Error(field.Id, DiagnosticRules.RequiredField, $"請填寫「{field.Label}」", $"'{field.Id}' is required"));
                }

                continue;
            }

            if (value.Length > MaxFieldLength)
            {
                errors.Add(Error(field.Id, DiagnosticRules.FieldTooLong,
                    $"「{field.Label}」超過 {MaxFieldLength} 字", $"'{field.Id}' is longer than {MaxFieldLength} characters"));
            }
            else if (field.Kind != SectionFieldKind.Multiline && value.IndexOfAny(['\n', '\r']) >= 0)
            {
                errors.Add(Error(field.Id, DiagnosticRules.LineBreak, $"「{field.Label}」只能有一行", $"'{field.Id}' must be a single line"));
            }
            else if (field.Id == NumberField)
            {
                if (!int.TryParse(ClerkDigits.Normalize(value), NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > MaxNumber)
                {
                    number = 1;
                    errors.Add(Error(field.Id, DiagnosticRules.InvalidNumber,
                        $"「{field.Label}」請填 1 到 {MaxNumber} 的整數", $"'{field.Id}' must be a whole number from 1 to {MaxNumber}"));
                }
            }

            if (field.Id != NumberField)
            {
                // Also a refused value: the model's rules should not report it again as missing.
                given.Add((field, value));
            }
        }

        return definition.Site.Place(Tree(given), number);
    }

    /// <summary>The form's values as the mapping a meeting file would hold: <c>votes.for</c> inside <c>votes</c>.</summary>
    private static DataMapping Tree(IEnumerable<(SectionField Field, string Value)> given)
    {
        var root = SectionNodes.Map();
        foreach (var (field, value) in given)
        {
            root = Set(root, field.Id.Split('.'), 0, Node(field, value));
        }

        return root;
    }

    private static DataMapping Set(DataMapping mapping, string[] keys, int depth, DataNode value)
    {
        if (depth == keys.Length - 1)
        {
            return mapping.With(keys[depth], value);
        }

        var inner = mapping.Entries.FirstOrDefault(e => e.Key.Value == keys[depth]).Value as DataMapping ?? SectionNodes.Map();
        return mapping.With(keys[depth], Set(inner, keys, depth + 1, value));
    }

    private static DataNode Node(SectionField field, string value) =>
        field.IsList
            ? SectionNodes.List(value.Replace("\r\n", "\n").Split('\n', '\r')
                .Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => SectionNodes.Scalar(line)))
            : SectionNodes.Scalar(value, field.IsParsed ? ScalarStyle.Plain : ScalarStyle.Text);

    /// <summary>
    /// A finding of the reader or the validator with its path made the field's: <c>fields.</c> and
    /// the field whose value the path lies in, or the first field inside the path's object.
    /// </summary>
    public static Diagnostic ToField(Diagnostic finding, SectionDefinition definition, DataPath fragment)
    {
        var prefix = fragment.IsRoot ? "" : fragment + ".";
        var path = finding.Path.StartsWith(prefix, StringComparison.Ordinal) ? finding.Path.Substring(prefix.Length) : finding.Path;
        var field = definition.Fields
            .Where(f => path == f.Id || path.StartsWith(f.Id + ".", StringComparison.Ordinal) || path.StartsWith(f.Id + "[", StringComparison.Ordinal))
            .OrderByDescending(f => f.Id.Length)
            .FirstOrDefault()
            ?? definition.Fields.Where(f => f.Id.StartsWith(path + ".", StringComparison.Ordinal)).OrderBy(f => !f.Required).FirstOrDefault();
        return finding with { Path = field is null ? "fields" : "fields." + field.Id, Location = null };
    }

    private static Diagnostic Error(string fieldId, DiagnosticRule rule, string zh, string en) =>
        Diagnostic.Of(rule, "fields." + fieldId, zh, en);
}
