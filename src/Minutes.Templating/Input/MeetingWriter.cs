using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Minutes.Templating.Formatting;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Minutes.Templating.Input;

/// <summary>
/// Writes a <see cref="Meeting"/> as YAML or JSON in the input format, leaving out values that
/// equal their defaults, so that reading the result gives an equal meeting. YAML is for clerks:
/// dates and times as they write them (114年3月12日, 下午2時), one recorder or one paragraph alone.
/// JSON is for programs: ISO dates (2025-03-12), 24-hour times (14:00) and arrays throughout.
/// </summary>
public static class MeetingWriter
{
    /// <summary>Writes the meeting as YAML.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>YAML text that <see cref="MeetingReader"/> reads back into an equal meeting.</returns>
    public static string ToYaml(Meeting meeting)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings().WithMaxSimpleKeyLength(1024).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        ModelWalker.Visit(meeting, new YamlSink(emitter));
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
        ModelWalker.Visit(meeting, new JsonSink(writer));
    }

    private sealed class YamlSink : IModelVisitor
    {
        private readonly IEmitter emitter;

        public YamlSink(IEmitter emitter) => this.emitter = emitter;

        public void BeginObject() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));

        public void EndObject() => emitter.Emit(new MappingEnd());

        // One recorder or one paragraph is written alone, as clerks write it.
        public void BeginList(bool flatSingle)
        {
            if (!flatSingle)
            {
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
            }
        }

        public void EndList(bool flatSingle)
        {
            if (!flatSingle)
            {
                emitter.Emit(new SequenceEnd());
            }
        }

        public void Key(string key) => emitter.Emit(new Scalar(key));

        public void Text(string value, ModelPosition at)
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

        // As clerks write them (and the starter file shows): 114年3月12日, 下午2時.
        public void Date(DateTime value, ModelPosition at) => Text(value.ToRocDate(), at);

        public void Time(TimeSpan value, ModelPosition at) => Text(value.ToRocTime(), at);

        public void Number(int value) => emitter.Emit(new Scalar(value.ToString(CultureInfo.InvariantCulture)));

        public void Boolean(bool value) => emitter.Emit(new Scalar(value ? "true" : "false"));

        private static bool NeedsQuotes(string value) =>
            value is "" or "~" or "null" or "Null" or "NULL"
            || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[value.Length - 1])
            || value.Any(c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\uFEFF');
    }

    private sealed class JsonSink : IModelVisitor
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

        public void BeginList(bool flatSingle) => writer.WriteStartArray();

        public void EndList(bool flatSingle) => writer.WriteEndArray();

        public void Key(string key) => writer.WritePropertyName(key);

        public void Text(string value, ModelPosition at) => writer.WriteStringValue(value);

        public void Date(DateTime value, ModelPosition at) => writer.WriteStringValue(ModelWalker.IsoDate(value));

        public void Time(TimeSpan value, ModelPosition at) => writer.WriteStringValue(ModelWalker.IsoTime(value));

        public void Number(int value) => writer.WriteNumberValue(value);

        public void Boolean(bool value) => writer.WriteBooleanValue(value);
    }
}
