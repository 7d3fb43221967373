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

    /// <summary>Parses the bytes of a part, keeping whitespace, refusing what <see cref="Check"/> refuses.</summary>
    /// <remarks>One read: the depth is checked as each element is read, so the tree stops growing at
    /// the limit (building a tree nested 100,000 deep takes minutes).</remarks>
    /// <exception cref="TemplateException">The part is not well-formed XML, declares a DTD or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static XDocument Load(byte[] data, string fileName, string partName)
    {
        try
        {
            using var reader = new DepthLimitedReader(XmlReader.Create(new MemoryStream(data, writable: false), Settings), fileName, partName);
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
            using var reader = new DepthLimitedReader(XmlReader.Create(new MemoryStream(data, writable: false), Settings), fileName, partName);
            while (reader.Read())
            {
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

    /// <summary>A reader that refuses an element nested deeper than <see cref="MaxDepth"/> as it reads it; everything else is the inner reader's.</summary>
    private sealed class DepthLimitedReader : XmlReader
    {
        private readonly XmlReader _inner;
        private readonly string _fileName;
        private readonly string _partName;

        public DepthLimitedReader(XmlReader inner, string fileName, string partName)
        {
            _inner = inner;
            _fileName = fileName;
            _partName = partName;
        }

        public override int AttributeCount => _inner.AttributeCount;

        public override string BaseURI => _inner.BaseURI;

        public override int Depth => _inner.Depth;

        public override bool EOF => _inner.EOF;

        public override bool IsEmptyElement => _inner.IsEmptyElement;

        public override string LocalName => _inner.LocalName;

        public override string NamespaceURI => _inner.NamespaceURI;

        public override XmlNameTable NameTable => _inner.NameTable;

        public override XmlNodeType NodeType => _inner.NodeType;

        public override string Prefix => _inner.Prefix;

        public override ReadState ReadState => _inner.ReadState;

        public override string Value => _inner.Value;

        public override string Name => _inner.Name;

        public override bool HasValue => _inner.HasValue;

        public override bool IsDefault => _inner.IsDefault;

        public override XmlSpace XmlSpace => _inner.XmlSpace;

        public override string XmlLang => _inner.XmlLang;

        public override string GetAttribute(int i) => _inner.GetAttribute(i);

        public override string? GetAttribute(string name) => _inner.GetAttribute(name);

        public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

        public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

        public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);

        public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);

        public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

        public override bool MoveToElement() => _inner.MoveToElement();

        public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();

        public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();

        public override bool ReadAttributeValue() => _inner.ReadAttributeValue();

        public override void ResolveEntity() => _inner.ResolveEntity();

        public override bool Read()
        {
            if (!_inner.Read())
            {
                return false;
            }

            if (_inner.NodeType == XmlNodeType.Element && _inner.Depth >= MaxDepth)
            {
                var known = _inner is IXmlLineInfo info && info.HasLineInfo() && info.LineNumber > 0;
                var line = known ? $"{((IXmlLineInfo)_inner).LineNumber}:{((IXmlLineInfo)_inner).LinePosition}" : null;
                throw new TemplateException(
                    [PackageDiagnostics.AtFile(
                        $"{_fileName}/{_partName}",
                        $"XML 元素巢狀超過 {MaxDepth} 層{(line is null ? "" : $"（第 {line} 處）")}：不是 Word 產生的文件，不予處理",
                        $"XML elements nest more than {MaxDepth} deep{(line is null ? "" : $" (at {line})")}: not a document Word writes; refused")]);
            }

            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
