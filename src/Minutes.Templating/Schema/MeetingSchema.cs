using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of meeting files, generated from the model itself so it
/// cannot drift from what the reader accepts. Descriptions are in Chinese for clerks'
/// editors (VS Code shows them on hover).
/// </summary>
public static class MeetingSchema
{
    /// <summary>The schema's identifier.</summary>
    public const string Id = "https://minutes-templating.example/schema/meeting.schema.json";

    private static readonly Lazy<string> Text = new(Generate);

    /// <summary>The schema as indented JSON text.</summary>
    public static string Json => Text.Value;

    private static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var definitions = new SortedDictionary<string, TypeShape>(StringComparer.Ordinal);
            Collect(TypeShape.For(typeof(Meeting)), definitions);

            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", Id);
            writer.WriteString("title", "會議紀錄資料 (Minutes.Templating meeting)");
            writer.WriteString("$ref", Reference(typeof(Meeting)));
            writer.WriteStartObject("$defs");
            foreach (var definition in definitions)
            {
                writer.WritePropertyName(definition.Key);
                WriteType(writer, definition.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Collect(TypeShape shape, IDictionary<string, TypeShape> definitions)
    {
        if (definitions.ContainsKey(shape.Type.Name))
        {
            return;
        }

        definitions[shape.Type.Name] = shape;
        var nested = shape.IsPolymorphic
            ? shape.Kinds.Values.Select(TypeShape.For)
            : shape.Properties.Select(p => p.Value.Kind == ValueKind.List ? p.Value.Element : p.Value)
                .Where(v => v.Kind == ValueKind.Object)
                .Select(v => v.Object);
        foreach (var type in nested)
        {
            Collect(type, definitions);
        }
    }

    private static void WriteType(Utf8JsonWriter writer, TypeShape shape)
    {
        writer.WriteStartObject();
        if (shape.Description is not null)
        {
            writer.WriteString("description", shape.Description);
        }

        if (shape.IsPolymorphic)
        {
            writer.WriteStartArray("oneOf");
            foreach (var kind in shape.Kinds.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("$ref", Reference(kind));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            return;
        }

        if (shape.ScalarForm is not null)
        {
            // A lone string fills the scalar-form property; otherwise the type is a mapping.
            writer.WriteStartArray("anyOf");
            WriteValue(writer, shape.ScalarForm.Value, null);
            writer.WriteStartObject();
            WriteObjectBody(writer, shape);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        else
        {
            WriteObjectBody(writer, shape);
        }

        writer.WriteEndObject();
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, TypeShape shape)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        if (shape.KindOf is { } kind)
        {
            writer.WriteStartObject(TypeShape.KindKey);
            writer.WriteString("const", kind);
            writer.WriteString("description", "段落種類");
            writer.WriteEndObject();
        }

        foreach (var property in shape.Properties)
        {
            writer.WritePropertyName(property.Key);
            WriteValue(writer, property.Value, property.Description, nullable: !property.IsRequired);
        }

        writer.WriteEndObject();
        var required = shape.Properties.Where(p => p.IsRequired).Select(p => p.Key).ToList();
        if (shape.KindOf is not null)
        {
            required.Insert(0, TypeShape.KindKey);
        }

        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            required.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteValue(Utf8JsonWriter writer, ValueShape value, string? description, bool nullable = false)
    {
        writer.WriteStartObject();
        if (description is not null)
        {
            writer.WriteString("description", description);
        }

        switch (value.Kind)
        {
            case ValueKind.List:
                // A single item may stand for a list of one, as the reader accepts.
                writer.WriteStartArray("anyOf");
                writer.WriteStartObject();
                writer.WriteString("type", "array");
                writer.WritePropertyName("items");
                WriteValue(writer, value.Element, null);
                writer.WriteEndObject();
                WriteValue(writer, value.Element, null);
                if (nullable)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "null");
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Object:
                if (nullable)
                {
                    writer.WriteStartArray("anyOf");
                    writer.WriteStartObject();
                    writer.WriteString("$ref", Reference(value.ClrType));
                    writer.WriteEndObject();
                    writer.WriteStartObject();
                    writer.WriteString("type", "null");
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString("$ref", Reference(value.ClrType));
                }

                break;
            default:
                WriteScalarType(writer, value.Kind, nullable);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteScalarType(Utf8JsonWriter writer, ValueKind kind, bool nullable)
    {
        var type = kind switch
        {
            ValueKind.Integer => "integer",
            ValueKind.Boolean => "boolean",
            _ => "string",
        };
        if (nullable)
        {
            writer.WriteStartArray("type");
            writer.WriteStringValue(type);
            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("type", type);
        }

        if (kind == ValueKind.Integer)
        {
            writer.WriteNumber("minimum", 0);
        }
        else if (kind == ValueKind.Date)
        {
            writer.WriteString("pattern", @"^\s*(([0-9０-９]{4}[-/.－／．][0-9０-９]{1,2}[-/.－／．][0-9０-９]{1,2})|([0-9０-９]{1,3}[-/.－／．][0-9０-９]{1,2}[-/.－／．][0-9０-９]{1,2})|((中華)?(民國)?\s*([0-9０-９]{1,3}|元)\s*年.*日.*))\s*$");
        }
        else if (kind == ValueKind.Time)
        {
            writer.WriteString("pattern", @"^\s*([0-9０-９]{1,2}[:：][0-9０-９]{2}([:：]00)?|(上午|下午|中午|晚上|凌晨)?\s*[0-9０-９]{1,2}\s*時(\s*[0-9０-９]{1,2}\s*分|半)?)\s*$");
        }
    }

    private static string Reference(Type type) => "#/$defs/" + type.Name;
}
