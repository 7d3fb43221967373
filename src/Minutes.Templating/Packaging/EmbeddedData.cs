using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Packaging;

/// <summary>
/// Reads back the text a render stored in the document, kept as a custom XML part whose root
/// is <c>&lt;data xmlns="urn:minutes-templating:data:v1"&gt;</c>. The public way in is
/// <c>MinutesTemplate.Extract</c>, which also reads the meeting.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>The namespace of the custom XML part's root element.</summary>
    public const string Namespace = "urn:minutes-templating:data:v1";

    /// <summary>The root element name of the custom XML part.</summary>
    internal static readonly XName Root = XName.Get("data", Namespace);

    /// <summary>Reads the embedded text from a rendered .docx.</summary>
    /// <param name="docx">The document; read from its current position and left open.</param>
    /// <param name="limits">The limits of reading the package: the same as for reading a template.</param>
    /// <returns>The text stored by the render, or null when the document holds none.</returns>
    /// <exception cref="TemplateException">The document is not a zip package, exceeds the limits, or a
    /// custom XML part declares a DTD or is malformed; the part is named.</exception>
    public static string? Extract(Stream docx, PackageLimits limits)
    {
        _ = docx ?? throw new ArgumentNullException(nameof(docx));

        foreach (var entry in PackageReader.Read(docx, "document", limits))
        {
            if (!entry.Name.StartsWith("customXml/item", StringComparison.Ordinal)
                || entry.Name.IndexOf('/', "customXml/".Length) >= 0
                || !entry.Name.EndsWith(".xml", StringComparison.Ordinal)
                || entry.Name.StartsWith("customXml/itemProps", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var reader = XmlReader.Create(new MemoryStream(entry.Data, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                if (reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == Root.LocalName && reader.NamespaceURI == Namespace)
                {
                    return reader.ReadElementContentAsString();
                }
            }
            catch (XmlException e)
            {
                // The reader refuses a DTD before it counts a position (line 0): then say none.
                var (at, atEn) = e.LineNumber > 0
                    ? ($"（第 {e.LineNumber} 行第 {e.LinePosition} 字）", $" (line {e.LineNumber}, position {e.LinePosition})")
                    : ("", "");
                throw new TemplateException(
                    [PackageDiagnostics.AtFile(
                        entry.Name,
                        $"自訂 XML 部分含有 DTD（文件類型宣告）或實體宣告，或格式錯誤{at}，為安全起見不予讀取",
                        $"the custom XML part declares a DTD or an entity, or is malformed{atEn}; for safety it is not read")],
                    e);
            }
        }

        return null;
    }
}
