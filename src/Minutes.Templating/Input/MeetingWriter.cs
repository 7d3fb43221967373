using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;
using Minutes.Templating.Packaging;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Minutes.Templating.Input;

/// <summary>
/// Writes a <see cref="Meeting"/> as YAML or JSON in the input format, leaving out values that
/// equal their defaults, so that reading the result gives an equal meeting.
/// </summary>
public static class MeetingWriter
{
    private static readonly ConcurrentDictionary<TypeShape, PropertyReader[]> Readers = new();

    /// <summary>Writes the meeting as YAML.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>YAML text that <see cref="MeetingReader"/> reads back into an equal meeting.</returns>
    public static string ToYaml(Meeting meeting)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings().WithMaxSimpleKeyLength(1024).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Walk(meeting, ValueShape.For(typeof(Meeting)), new YamlSink(emitter));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>Writes the meeting as indented JSON (Chinese text unescaped).</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    /// <returns>JSON text that <see cref="MeetingReader"/> reads back into an equal meeting.</returns>
    public static string ToJson(Meeting meeting, bool indented = true)
    {
        using var buffer = new MemoryStream();
        WriteJson(meeting, buffer, indented);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the meeting as UTF-8 JSON to <paramref name="output"/> as it goes, never holding all of it.</summary>
    internal static void WriteJson(Meeting meeting, Stream output, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Walk(meeting, ValueShape.For(typeof(Meeting)), new JsonSink(writer));
    }

    /// <summary>
    /// Every text of the meeting that an XML part cannot hold, with its data path
    /// (<c>sections[1].items[0].decision</c>) and the first such character; paths are built only
    /// for those, so checking a meeting costs one walk and no allocation per text.
    /// </summary>
    internal static IReadOnlyList<(string Path, int Position, char Character)> FindUnstorableTexts(Meeting meeting)
    {
        var sink = new StorabilitySink();
        Walk(meeting, ValueShape.For(typeof(Meeting)), sink);
        return sink.Found;
    }

    private static void Walk(object value, ValueShape shape, ISink sink)
    {
        switch (shape.Kind)
        {
            case ValueKind.List:
                sink.BeginList();
                foreach (var item in (IEnumerable)value)
                {
                    Walk(item, shape.Element, sink);
                }

                sink.EndList();
                break;
            case ValueKind.Object:
                var type = TypeShape.For(value.GetType());
                sink.BeginObject();
                if (type.KindOf is { } kind)
                {
                    sink.Key(TypeShape.KindKey);
                    sink.Text(kind);
                }

                var readers = Readers.GetOrAdd(type, PropertyReader.For);
                for (var i = 0; i < readers.Length; i++)
                {
                    var property = type.Properties[i];
                    var propertyValue = readers[i].Get(value);
                    if (propertyValue is null || (!property.IsRequired && Equals(propertyValue, readers[i].Default)))
                    {
                        continue;
                    }

                    sink.Key(property.Key);
                    Walk(propertyValue, property.Value, sink);
                }

                sink.EndObject();
                break;
            case ValueKind.Integer:
                sink.Number((int)value);
                break;
            case ValueKind.Boolean:
                sink.Boolean((bool)value);
                break;
            case ValueKind.Date:
                sink.Text(((DateTime)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Time:
                sink.Text(((TimeSpan)value).ToString(@"hh\:mm", CultureInfo.InvariantCulture));
                break;
            default:
                sink.Text((string)value);
                break;
        }
    }

    /// <summary>Reads one property through a compiled getter and knows its default, so writing a meeting reflects over nothing.</summary>
    private sealed class PropertyReader
    {
        private PropertyReader(Func<object, object?> get, object? defaultValue)
        {
            Get = get;
            Default = defaultValue;
        }

        public Func<object, object?> Get { get; }

        public object? Default { get; }

        public static PropertyReader[] For(TypeShape type) => type.Properties.Select(p =>
        {
            var target = Expression.Parameter(typeof(object), "target");
            var read = Expression.Convert(Expression.Property(Expression.Convert(target, type.Type), p.Property), typeof(object));
            var get = Expression.Lambda<Func<object, object?>>(read, target).Compile();
            return new PropertyReader(get, type.Defaults is null ? null : get(type.Defaults));
        }).ToArray();
    }

    /// <summary>Checks each text as the walk passes it, keeping only the keys and indexes that lead there.</summary>
    private sealed class StorabilitySink : ISink
    {
        private readonly List<(string? Key, int Index, bool IsList)> frames = new();

        public List<(string Path, int Position, char Character)> Found { get; } = new();

        public void BeginObject()
        {
            NextItem();
            frames.Add((null, 0, false));
        }

        public void EndObject() => frames.RemoveAt(frames.Count - 1);

        public void BeginList()
        {
            NextItem();
            frames.Add((null, -1, true));
        }

        public void EndList() => frames.RemoveAt(frames.Count - 1);

        public void Key(string key) => frames[frames.Count - 1] = (key, 0, false);

        public void Text(string value)
        {
            NextItem();
            var position = XmlCharacters.IndexOfUnstorable(value);
            if (position >= 0)
            {
                Found.Add((Path(), position, value[position]));
            }
        }

        public void Number(int value) => NextItem();

        public void Boolean(bool value) => NextItem();

        private void NextItem()
        {
            if (frames.Count > 0 && frames[frames.Count - 1] is { IsList: true } list)
            {
                frames[frames.Count - 1] = list with { Index = list.Index + 1 };
            }
        }

        private string Path()
        {
            var path = new StringBuilder();
            foreach (var (key, index, isList) in frames)
            {
                if (isList)
                {
                    path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (key is not null)
                {
                    path.Append(path.Length == 0 ? "" : ".").Append(key);
                }
            }

            return path.ToString();
        }
    }

    private interface ISink
    {
        void BeginObject();

        void EndObject();

        void BeginList();

        void EndList();

        void Key(string key);

        void Text(string value);

        void Number(int value);

        void Boolean(bool value);
    }

    private sealed class YamlSink : ISink
    {
        private readonly IEmitter emitter;

        public YamlSink(IEmitter emitter) => this.emitter = emitter;

        public void BeginObject() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));

        public void EndObject() => emitter.Emit(new MappingEnd());

        public void BeginList() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));

        public void EndList() => emitter.Emit(new SequenceEnd());

        public void Key(string key) => emitter.Emit(new Scalar(key));

        public void Text(string value)
        {
            // Text that a plain scalar would turn into null must be quoted to stay text. Text
            // whose line breaks, controls or edge white space a plain scalar or literal block
            // would change (YAML reads \r\n, \r, U+0085, U+2028 as \n and trims edges) is
            // double-quoted, where they are escaped.
            var style = NeedsQuotes(value) ? YamlDotNet.Core.ScalarStyle.DoubleQuoted
                : value.Contains("\n") ? YamlDotNet.Core.ScalarStyle.Literal
                : YamlDotNet.Core.ScalarStyle.Any;
            emitter.Emit(new Scalar(null, null, value, style, true, true));
        }

        public void Number(int value) => emitter.Emit(new Scalar(value.ToString(CultureInfo.InvariantCulture)));

        public void Boolean(bool value) => emitter.Emit(new Scalar(value ? "true" : "false"));

        private static bool NeedsQuotes(string value) =>
            value is "" or "~" or "null" or "Null" or "NULL"
            || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[value.Length - 1])
            || value.Any(c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\uFEFF');
    }

    private sealed class JsonSink : ISink
    {
        /// <summary>Pending bytes passed on to the stream at the end of an object, so a long meeting is never buffered whole.</summary>
        private const int FlushBytes = 16 * 1024;

        private readonly Utf8JsonWriter writer;

        public JsonSink(Utf8JsonWriter writer) => this.writer = writer;

        public void BeginObject() => writer.WriteStartObject();

        public void EndObject()
        {
            writer.WriteEndObject();
            if (writer.BytesPending > FlushBytes)
            {
                writer.Flush();
            }
        }

        public void BeginList() => writer.WriteStartArray();

        public void EndList() => writer.WriteEndArray();

        public void Key(string key) => writer.WritePropertyName(key);

        public void Text(string value) => writer.WriteStringValue(value);

        public void Number(int value) => writer.WriteNumberValue(value);

        public void Boolean(bool value) => writer.WriteBooleanValue(value);
    }
}
