using System.Xml.Linq;

namespace Minutes.Templating.Packaging;

/// <summary>Namespaces, element names and content types of WordprocessingML used by the engine.</summary>
internal static class OpenXmlNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static readonly XName P = W + "p";
    public static readonly XName R = W + "r";
    public static readonly XName T = W + "t";
    public static readonly XName RPr = W + "rPr";
    public static readonly XName PPr = W + "pPr";
    public static readonly XName Tr = W + "tr";
    public static readonly XName Tc = W + "tc";
    public static readonly XName Val = W + "val";
    public static readonly XName NumId = W + "numId";
    public static readonly XName NumPr = W + "numPr";

    /// <summary>
    /// The prefix, with its colon, under which <paramref name="scope"/> can name WordprocessingML
    /// elements (<c>""</c> when it is the default namespace there), or null when it cannot.
    /// </summary>
    public static string? WordPrefixAt(XElement scope)
    {
        var prefix = scope.GetPrefixOfNamespace(W);
        return prefix is not null ? prefix + ":" : scope.GetDefaultNamespace() == W ? "" : null;
    }

    /// <summary>True when <paramref name="prefix"/> (with its colon, or <c>""</c> for the default namespace) names WordprocessingML at <paramref name="scope"/>.</summary>
    public static bool IsWordPrefixAt(XElement scope, string prefix) =>
        (prefix.Length == 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix.TrimEnd(':'))) == W;

    public const string MainDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    public const string CustomXmlRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    public const string CustomXmlPropertiesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    public const string NumberingRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    public const string CustomXmlPropertiesContentType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
}
