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

    /// <summary>Parses the bytes of a part, keeping whitespace.</summary>
    /// <exception cref="TemplateException">The part is not well-formed XML or declares a DTD.</exception>
    public static XDocument Load(byte[] data, string fileName, string partName)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new TemplateException(
                [PackageDiagnostics.AtFile($"{fileName}/{partName}", $"XML 格式錯誤：{e.Message}", $"malformed XML: {e.Message}")],
                e);
        }
    }

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
