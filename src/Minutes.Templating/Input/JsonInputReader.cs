using System;
using System.Collections.Generic;
using System.Text.Json;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Input;

/// <summary>Reads JSON (UTF-8 bytes) into a <see cref="DataNode"/> tree, keeping each node's line and column.</summary>
internal sealed class JsonInputReader
{
    private readonly byte[] utf8;
    private readonly string file;
    private readonly List<int> lineStarts = new() { 0 };
    private int lastLine = -1;
    private int lastOffset;
    private int lastColumn;

    private readonly InputLimits limits;
    private int values;

    private JsonInputReader(byte[] utf8, string file, InputLimits limits)
    {
        this.utf8 = utf8;
        this.file = file;
        this.limits = limits;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Parses <paramref name="utf8"/>; a syntax error throws <see cref="InputSyntaxException"/>.</summary>
    public static DataNode? Read(byte[] utf8, string file, InputLimits limits) =>
        new JsonInputReader(utf8, file, limits).ReadDocument();

    private DataNode? ReadDocument()
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = limits.MaxDepth,
        };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new InputSyntaxException(Locate(reader.TokenStartIndex), "JSON 文件結尾後仍有內容", "content after the end of the JSON document");
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var offset = line < lineStarts.Count ? lineStarts[line] + (int)(e.BytePositionInLine ?? 0) : utf8.Length;
            var cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var detail = cut < 0 ? e.Message : e.Message.Substring(0, cut);
            throw new InputSyntaxException(Locate(offset), "JSON 格式錯誤：" + detail, "malformed JSON: " + detail);
        }
    }

    /// <summary>Reads a string token; an escaped unpaired surrogate (<c>\ud800</c>), which no text can hold, is a syntax error at the string.</summary>
    private string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InputSyntaxException(
                Locate(reader.TokenStartIndex),
                "字串含有不成對的代理字元跳脫碼（\\uD800 至 \\uDFFF 須成對出現），請刪除",
                "the string holds an escaped unpaired surrogate (\\uD800 to \\uDFFF must come in pairs): remove it");
        }
    }

    private DataNode ReadValue(ref Utf8JsonReader reader)
    {
        var location = Locate(reader.TokenStartIndex);
        if (++values > limits.MaxValues)
        {
            throw new InputSyntaxException(limits.TooManyValues(location));
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<DataScalar, DataNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = new DataScalar(ReadString(ref reader), ScalarStyle.Text, Locate(reader.TokenStartIndex));
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader)));
                }

                return new DataMapping(entries, location);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new DataSequence(items, location);
            case JsonTokenType.String:
                return new DataScalar(ReadString(ref reader), ScalarStyle.Text, location);
            case JsonTokenType.Number:
                return new DataScalar(System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), ScalarStyle.Number, location);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new DataScalar(reader.GetBoolean() ? "true" : "false", ScalarStyle.Boolean, location);
            default:
                return new DataScalar("", ScalarStyle.Null, location);
        }
    }

    /// <summary>
    /// The line and column (in UTF-16 code units, as editors and the lint fixer count them: a
    /// character outside the BMP takes two) of a byte offset. Tokens are located in order, so the
    /// count goes on from the last token on the same line: linear even on a one-line file.
    /// </summary>
    private SourceLocation Locate(long byteOffset)
    {
        var index = lineStarts.BinarySearch((int)byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        int start, column;
        if (line == lastLine && byteOffset >= lastOffset)
        {
            (start, column) = (lastOffset, lastColumn);
        }
        else
        {
            (start, column) = (lineStarts[line], 1);
        }

        var i = start;
        for (; i < byteOffset && i < utf8.Length; i++)
        {
            var b = utf8[i];
            if ((b & 0xC0) != 0x80)
            {
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        (lastLine, lastOffset, lastColumn) = (line, i, column);
        return new SourceLocation(file, line + 1, column);
    }
}
