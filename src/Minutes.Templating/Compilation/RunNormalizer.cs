using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Undoes what Word does to typed text so tags can be found: removes proofing marks, rsid
/// attributes, no-proof flags and the <c>_GoBack</c> bookmark, merges adjacent runs with the
/// same formatting, and moves every tag that Word split across runs into the text element
/// where the tag starts (the tag keeps the formatting of that run).
/// </summary>
internal static class RunNormalizer
{
    private static readonly XName ProofErr = OpenXmlNames.W + "proofErr";
    private static readonly XName NoProof = OpenXmlNames.W + "noProof";
    private static readonly XName BookmarkStart = OpenXmlNames.W + "bookmarkStart";
    private static readonly XName BookmarkEnd = OpenXmlNames.W + "bookmarkEnd";
    private static readonly XName Name = OpenXmlNames.W + "name";
    private static readonly XName Id = OpenXmlNames.W + "id";
    private static readonly XName Space = XNamespace.Xml + "space";

    /// <summary>Normalises the part in place.</summary>
    public static void Normalize(XDocument part)
    {
        RemoveNoise(part);
        foreach (var paragraph in part.Descendants(OpenXmlNames.P).ToList())
        {
            MergeRuns(paragraph);
            GatherTags(paragraph);
        }
    }

    /// <summary>One walk over the part collects the noise; each kind is then removed in one pass.</summary>
    private static void RemoveNoise(XDocument part)
    {
        var noise = new List<XElement>();
        var properties = new List<XElement>();
        var goBack = new List<XElement>();
        var bookmarkEnds = new List<XElement>();
        foreach (var element in part.Descendants())
        {
            RemoveRsids(element);
            var name = element.Name;
            if (name == ProofErr || (name == NoProof && element.Parent?.Name == OpenXmlNames.RPr))
            {
                noise.Add(element);
            }
            else if (name == OpenXmlNames.RPr)
            {
                properties.Add(element);
            }
            else if (name == BookmarkStart && (string?)element.Attribute(Name) == "_GoBack")
            {
                goBack.Add(element);
            }
            else if (name == BookmarkEnd)
            {
                bookmarkEnds.Add(element);
            }
        }

        RemoveAll(noise);
        RemoveAll(properties.Where(r => !r.HasElements && !r.HasAttributes).ToList());
        if (goBack.Count > 0)
        {
            var ids = new HashSet<string?>(goBack.Select(b => (string?)b.Attribute(Id)), System.StringComparer.Ordinal);
            RemoveAll(bookmarkEnds.Where(e => ids.Contains((string?)e.Attribute(Id))).Concat(goBack).ToList());
        }
    }

    private static void RemoveRsids(XElement element)
    {
        for (var attribute = element.FirstAttribute; attribute is not null;)
        {
            var next = attribute.NextAttribute;
            if (attribute.Name.Namespace == OpenXmlNames.W && attribute.Name.LocalName.StartsWith("rsid", System.StringComparison.Ordinal))
            {
                attribute.Remove();
            }

            attribute = next;
        }
    }

    /// <summary>
    /// Removes the nodes, rebuilding each parent's children once: removing one node walks its
    /// parent's children to find the one before it, so removing many one by one is quadratic.
    /// </summary>
    private static void RemoveAll(List<XElement> nodes)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var removed = new HashSet<XNode>(nodes);
        foreach (var parent in nodes.Select(n => n.Parent).Where(p => p is not null).Distinct().ToList())
        {
            parent!.ReplaceNodes(parent.Nodes().Where(n => !removed.Contains(n)).ToList());
        }
    }

    /// <summary>
    /// Merges adjacent runs that hold only formatting and one text element each and have the same
    /// formatting. Linear in the number of runs: texts are gathered in a builder and the children
    /// are replaced once (each merged text is built once, at its final size), since removing nodes one by one from an element costs a walk of its children each.
    /// </summary>
    private static void MergeRuns(XElement paragraph)
    {
        foreach (var container in paragraph.Descendants(OpenXmlNames.R).Select(r => r.Parent!).Distinct().ToList())
        {
            var kept = new List<XNode>();
            XElement? previous = null;
            List<string>? merged = null;
            var changed = false;
            foreach (var node in container.Nodes())
            {
                if (node is not XElement element)
                {
                    kept.Add(node);
                    continue;
                }

                if (element.Name != OpenXmlNames.R || !IsPlainTextRun(element))
                {
                    Flush(previous, merged);
                    previous = null;
                    merged = null;
                    kept.Add(element);
                    continue;
                }

                if (previous is not null && XNode.DeepEquals(previous.Element(OpenXmlNames.RPr), element.Element(OpenXmlNames.RPr)))
                {
                    merged ??= [previous.Element(OpenXmlNames.T)!.Value];
                    merged.Add(element.Element(OpenXmlNames.T)!.Value);
                    changed = true;
                    continue;
                }

                Flush(previous, merged);
                previous = element;
                merged = null;
                kept.Add(element);
            }

            Flush(previous, merged);
            if (changed)
            {
                container.ReplaceNodes(kept);
            }
        }
    }

    private static void Flush(XElement? run, List<string>? merged)
    {
        if (run is not null && merged is not null)
        {
            var target = run.Element(OpenXmlNames.T)!;
            target.Value = string.Concat(merged.ToArray());
            PreserveSpace(target);
        }
    }

    private static bool IsPlainTextRun(XElement run) =>
        run.Elements().All(e => e.Name == OpenXmlNames.RPr || e.Name == OpenXmlNames.T)
        && run.Elements(OpenXmlNames.T).Count() == 1;

    /// <summary>
    /// Gives every character of a tag to the text element where the tag starts, then drops the
    /// text elements (and runs) left empty. Each text element's new value is one stretch of the
    /// paragraph's text: from where the tag that started in an earlier element ends (or its own
    /// start) to where the last tag starting in it ends (or its own end). Linear in the paragraph.
    /// </summary>
    private static void GatherTags(XElement paragraph)
    {
        var texts = ParagraphText.TextElements(paragraph);
        if (texts.Count < 2)
        {
            return;
        }

        var text = ParagraphText.Concatenate(texts);
        var (tags, _) = TagScanner.Find(text);
        var next = 0;
        var carried = 0;
        var start = 0;
        var emptied = new List<XElement>();
        foreach (var element in texts)
        {
            var value = element.Value;
            var end = start + value.Length;
            var from = System.Math.Min(System.Math.Max(start, carried), end);
            var to = end;
            while (next < tags.Count && tags[next].Start < end)
            {
                to = System.Math.Max(end, tags[next].End);
                next++;
            }

            carried = System.Math.Max(carried, to);
            if (from != start || to != end)
            {
                if (to == from)
                {
                    emptied.Add(element);
                }
                else
                {
                    element.Value = text.Substring(from, to - from);
                    PreserveSpace(element);
                }
            }

            start = end;
        }

        RemoveEmptyTexts(emptied);
    }

    /// <summary>Removes the text elements, and the runs they leave with nothing but properties.</summary>
    private static void RemoveEmptyTexts(List<XElement> texts)
    {
        var runs = texts.Select(t => t.Parent).Where(r => r is not null && r.Name == OpenXmlNames.R).Distinct().ToList();
        RemoveAll(texts);
        RemoveAll(runs.Where(r => !r!.Elements().Any(e => e.Name != OpenXmlNames.RPr)).Select(r => r!).ToList());
    }

    /// <summary>Marks a text element so Word keeps its leading and trailing spaces.</summary>
    public static void PreserveSpace(XElement text) => text.SetAttributeValue(Space, "preserve");
}
