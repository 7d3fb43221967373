using System;
using System.Collections.Generic;
using System.IO;
using Minutes.Templating.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Minutes.Templating.Input;

/// <summary>Reads YAML text into a <see cref="DataNode"/> tree, keeping each node's line and column.</summary>
internal sealed class YamlInputReader
{
    private readonly string file;
    private readonly InputLimits limits;
    private readonly Parser parser;

    private readonly string text;

    private YamlInputReader(string text, string file, InputLimits limits)
    {
        this.text = text;
        this.file = file;
        this.limits = limits;
        parser = new Parser(new StringReader(text));
    }

    /// <summary>Parses <paramref name="text"/>; a syntax error throws <see cref="InputSyntaxException"/>.</summary>
    public static DataNode? Read(string text, string file, InputLimits limits) =>
        new YamlInputReader(text, file, limits).ReadStream();

    private DataNode? ReadStream()
    {
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(1);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart next)
            {
                throw Syntax(next.Start, "檔案只能包含一份 YAML 文件（不可有第二個 ---）", "the file must hold one YAML document (no second ---)");
            }

            return root;
        }
        catch (YamlException e)
        {
            var (line, column, zh, en) = YamlErrorExplainer.Explain(e, text);
            throw new InputSyntaxException(new SourceLocation(file, line, column), zh, en);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections.
            var mark = parser.Current?.End ?? Mark.Empty;
            throw Syntax(mark, YamlErrorExplainer.UnclosedBracket, "malformed YAML: an unterminated [ ] or { }");
        }
    }

    private int values;

    private DataNode ReadNode(int depth)
    {
        var current = parser.Current!;
        if (depth > limits.MaxDepth)
        {
            throw Syntax(current.Start, $"巢狀層數超過上限 {limits.MaxDepth}", $"nesting deeper than {limits.MaxDepth} levels");
        }

        if (++values > limits.MaxValues)
        {
            throw new InputSyntaxException(limits.TooManyValues(Locate(current.Start)));
        }

        switch (current)
        {
            case AnchorAlias alias:
                throw Syntax(alias.Start, "不支援 YAML 錨點別名（*名稱），請直接寫出內容", "YAML aliases (*name) are not supported: write the value out");
            case Scalar scalar:
                parser.MoveNext();
                return ToScalar(scalar);
            case SequenceStart sequence:
                parser.MoveNext();
                var items = new List<DataNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(depth + 1));
                }

                return new DataSequence(items, Locate(sequence.Start));
            case MappingStart mapping:
                parser.MoveNext();
                var entries = new List<KeyValuePair<DataScalar, DataNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (parser.Current is not Scalar key)
                    {
                        throw Syntax(parser.Current!.Start, "鍵必須是文字", "a key must be plain text");
                    }

                    parser.MoveNext();
                    entries.Add(new(ToScalar(key), ReadNode(depth + 1)));
                }

                return new DataMapping(entries, Locate(mapping.Start));
            default:
                throw Syntax(current.Start, "無法解讀的 YAML 內容", "unexpected YAML content");
        }
    }

    private DataScalar ToScalar(Scalar scalar)
    {
        var style = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
            ? (IsNull(scalar.Value) ? ScalarStyle.Null : ScalarStyle.Plain)
            : ScalarStyle.Text;
        return new DataScalar(scalar.Value, style, Locate(scalar.Start));
    }

    private static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    private SourceLocation Locate(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private InputSyntaxException Syntax(Mark mark, string zh, string en) => new(Locate(mark), zh, en);
}
