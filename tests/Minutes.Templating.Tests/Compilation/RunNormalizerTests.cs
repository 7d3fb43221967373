using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Compilation;
using Minutes.Templating.Tests.TestSupport;
using static Minutes.Templating.Tests.TestSupport.TestDocx;

namespace Minutes.Templating.Tests.Compilation;

public sealed class RunNormalizerTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static XElement Normalize(string paragraphs)
    {
        var document = XDocument.Parse($"<w:document {Namespaces}><w:body>{paragraphs}</w:body></w:document>");
        RunNormalizer.Normalize(document);
        return document.Root!;
    }

    private static string[] Texts(XElement root) => root.Descendants(W + "t").Select(t => t.Value).ToArray();

    [Theory]
    [InlineData(new[] { "{{", " meeting", ".location", " }}" }, new[] { "{{ meeting.location }}" })]
    [InlineData(new[] { "地點：{", "{ meeting.location }", "}。" }, new[] { "地點：{{ meeting.location }}", "。" })]
    [InlineData(new[] { "{{ a }}{{", " b }}x" }, new[] { "{{ a }}{{ b }}", "x" })]
    [InlineData(new[] { "no tags", " here" }, new[] { "no tags", " here" })]
    public void TagsSplitAcrossDifferentlyFormattedRunsMoveToTheRunWhereTheyStart(string[] pieces, string[] expected)
    {
        var runs = pieces.Select((text, i) => R(text, i % 2 == 0 ? "<w:b/>" : "<w:i/>", "00" + i)).ToArray();

        var root = Normalize(P(runs));

        Assert.Equal(expected, Texts(root));
        Assert.All(root.Descendants(W + "r"), r => Assert.NotEmpty(r.Elements(W + "t")));
    }

    [Fact]
    public void NoiseIsRemovedAndRunsWithTheSameFormattingMerge()
    {
        var root = Normalize(
            "<w:p w:rsidR=\"1\"><w:bookmarkStart w:id=\"7\" w:name=\"_GoBack\"/>"
            + R("{{ meet", "<w:noProof/>", "01") + ProofErr() + R("ing.location }}", null, "02")
            + "<w:bookmarkEnd w:id=\"7\"/><w:bookmarkStart w:id=\"8\" w:name=\"keep\"/><w:bookmarkEnd w:id=\"8\"/></w:p>");

        Assert.Equal(["{{ meeting.location }}"], Texts(root));
        Assert.Single(root.Descendants(W + "r"));
        Assert.DoesNotContain(root.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("rsid", System.StringComparison.Ordinal));
        Assert.Empty(root.Descendants(W + "proofErr"));
        Assert.Equal(["keep"], root.Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")));
        Assert.Single(root.Descendants(W + "bookmarkEnd"));
    }

    [Fact]
    public void TextBoxParagraphsAreNormalisedOnTheirOwn()
    {
        var inner = P(R("{{ a"), R(" }}", "<w:b/>"));
        var root = Normalize(P(R("外{{ b"), "<w:r><w:pict><v:textbox xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:txbxContent>" + inner + "</w:txbxContent></v:textbox></w:pict></w:r>", R(" }}", "<w:i/>")));

        Assert.Equal(["外{{ b }}", "{{ a }}"], Texts(root));
    }
}
