using Minutes.Templating.Diagnostics;
using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace Minutes.Templating.Packaging;

/// <summary>Parses package XML with DTDs prohibited and no resolver, so no entity or external reference is followed.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = false,
        CloseInput = true,
    };

    /// <summary>
    /// How deep elements may nest. Word's own documents stay far below (a table in a table in a
    /// text box is some 30 levels); the engine walks parts recursively, so deeper input is refused
    /// rather than allowed to overflow the stack.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>Parses the bytes of a part, keeping whitespace, after <see cref="Check"/>.</summary>
    /// <remarks>The depth is checked by a streaming read before the tree is built: building a tree
    /// nested 100,000 deep takes minutes, and the streaming read costs a fraction of the build.</remarks>
    /// <exception cref="TemplateException">The part is not well-formed XML, declares a DTD or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static XDocument Load(byte[] data, string fileName, string partName)
    {
        Check(data, fileName, partName);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw Malformed(fileName, partName, e);
        }
    }

    /// <summary>
    /// Reads the bytes of a part once without building it, refusing a DTD, malformed XML and
    /// elements nested deeper than <see cref="MaxDepth"/> (at their line and column).
    /// </summary>
    /// <exception cref="TemplateException">The part is not well-formed XML, declares a DTD or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static void Check(byte[] data, string fileName, string partName)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
                {
                    var line = reader is IXmlLineInfo info && info.HasLineInfo() ? $"{info.LineNumber}:{info.LinePosition}" : "?";
                    throw new TemplateException(
                        [PackageDiagnostics.AtFile(
                            $"{fileName}/{partName}",
                            $"XML 元素巢狀超過 {MaxDepth} 層（第 {line} 處）：不是 Word 產生的文件，不予處理",
                            $"XML elements nest more than {MaxDepth} deep (at {line}): not a document Word writes; refused")]);
                }
            }
        }
        catch (XmlException e)
        {
            throw Malformed(fileName, partName, e);
        }
    }

    private static TemplateException Malformed(string fileName, string partName, XmlException e) => new(
        [PackageDiagnostics.AtFile($"{fileName}/{partName}", $"XML 格式錯誤：{e.Message}", $"malformed XML: {e.Message}")],
        e);

    /// <summary>Serialises a small part (content types, relationships) to UTF-8 bytes with a declaration.</summary>
    public static byte[] Save(XDocument document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
