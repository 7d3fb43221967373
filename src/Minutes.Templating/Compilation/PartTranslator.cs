using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Packaging;

namespace Minutes.Templating.Compilation;

/// <summary>
/// Turns one normalised part into a single Scriban template: literal XML passes through as
/// raw text, tags become code, and a block tag alone in its paragraph (or table row, or table
/// cell) replaces that paragraph (or row, or cell) so that no empty paragraph is left behind;
/// a block tag alone in a cell repeats cells, so a table may have as many columns as the data.
/// </summary>
internal sealed class PartTranslator
{
    /// <summary>The engine function that gives a numbered paragraph its (possibly restarted) list.</summary>
    public const string NumberingFunction = "__minutes_num";

    /// <summary>
    /// The engine function that turns what a <c>capture</c> collected (the part's XML with values
    /// already escaped) back into text, so that writing the variable escapes it once.
    /// </summary>
    public const string CaptureTextFunction = "__minutes_text";

    private static readonly Regex RestartCall = new(@"\brestart_numbering\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// Paragraph content that shows something in the document besides text: a paragraph holding
    /// one of these is never "alone" for a block tag. Everything else (tracked insertions, comment
    /// anchors, smart tags, bookmarks, proofing marks, tabs) is invisible or white space.
    /// </summary>
    private static readonly HashSet<string> VisibleContent = new(System.StringComparer.Ordinal)
    {
        "drawing", "pict", "object", "sym", "fldSimple", "fldChar", "instrText", "footnoteReference", "endnoteReference",
        "br", "ruby", "txbxContent", "contentPart", "ptab", "separator", "continuationSeparator", "pgNum",
    };

    /// <summary>Range marks kept, at block level, when the paragraph holding them is dropped.</summary>
    private static readonly HashSet<string> RangeMarks = new(System.StringComparer.Ordinal)
    {
        "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd",
    };

    private readonly string _templateName;
    private readonly string _part;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<XElement, List<TagOccurrence>> _tagsByElement = [];
    private readonly List<TagOccurrence> _tags = [];
    private readonly HashSet<XElement> _replaced = [];
    private readonly Dictionary<XElement, int> _restartSiteOfNumId = [];
    private readonly Dictionary<XElement, ContentGuard> _guards = [];
    private readonly StringBuilder _code = new();
    private readonly SourceMap _map = new();
    private readonly LiteralTexts _texts;

    private PartTranslator(string templateName, string part, LiteralTexts texts)
    {
        _templateName = templateName;
        _part = part;
        _texts = texts;
    }

    /// <summary>Translates a normalised part.</summary>
    /// <param name="templateName">The template file name, for messages.</param>
    /// <param name="part">The part label (body, header1 …).</param>
    /// <param name="document">The part after <see cref="RunNormalizer"/>.</param>
    /// <param name="texts">Receives the part's literal text; the code refers to it by markers.</param>
    /// <param name="maxTags">The most tags the part may hold (what the template's limit leaves for it).</param>
    /// <exception cref="TemplateException">The part holds more than <paramref name="maxTags"/> tags; at the first tag over.</exception>
    public static TranslatedPart Translate(string templateName, string part, XDocument document, LiteralTexts texts, int maxTags = int.MaxValue)
    {
        var translator = new PartTranslator(templateName, part, texts);
        translator.FindTags(document, maxTags);
        translator.FindUnfilledTags(document);
        translator.CheckWordPrefix(document);
        translator.ApplyWhitespaceControl(document);
        translator.FindReplacedElements(document);
        translator.CheckBlocks(document);
        translator.Write(document);
        return new TranslatedPart(translator._code.ToString(), translator._map, translator._diagnostics, translator._tags.Count);
    }

    private void FindTags(XDocument document, int maxTags)
    {
        var paragraphNumber = 0;
        foreach (var paragraph in document.Descendants(OpenXmlNames.P))
        {
            paragraphNumber++;
            var column = 1;
            foreach (var text in ParagraphText.TextElements(paragraph))
            {
                var value = text.Value;
                var (spans, unclosedAt) = TagScanner.Find(value);
                foreach (var span in spans)
                {
                    var tagText = value.Substring(span.Start, span.Length);
                    var location = new TagLocation(_part, paragraphNumber, column + span.Start, tagText);
                    if (_tags.Count == maxTags)
                    {
                        // Each tag is parsed on its own: stop before the parses cost more than any template needs.
                        throw new TemplateException([TemplateDiagnostics.AtTag(
                            DiagnosticRules.TemplatePackage,
                            _templateName,
                            location,
                            "範本的標籤超過上限（整份範本合計）；不是正常的範本，不予處理",
                            "the template holds more tags than the limit (all parts together): not a template to work with")]);
                    }

                    var info = TagClassifier.Classify(Straighten(tagText));
                    var occurrence = new TagOccurrence(text, span.Start, location, info, "{{" + TagClassifier.Inner(Straighten(tagText)) + "}}");
                    _tags.Add(occurrence);
                    if (!_tagsByElement.TryGetValue(text, out var list))
                    {
                        _tagsByElement[text] = list = [];
                        RunNormalizer.PreserveSpace(text);
                    }

                    list.Add(occurrence);
                }

                if (unclosedAt >= 0)
                {
                    var fragment = value.Substring(unclosedAt, System.Math.Min(20, value.Length - unclosedAt));
                    Report(new TagLocation(_part, paragraphNumber, column + unclosedAt, fragment), "標籤缺少結尾的 }}", "the tag has no closing }}");
                }

                column += value.Length;
            }
        }
    }

    /// <summary>
    /// Refuses a tag where the engine never fills one: in an attribute (the alt text of a picture
    /// or text box, a content control's title or tag, a field's instruction) or in a field code
    /// (<c>w:instrText</c>). Such a tag was left in the document as typed, without a word.
    /// </summary>
    private void FindUnfilledTags(XDocument document)
    {
        var paragraphNumber = 0;
        var numbers = new Dictionary<XElement, int>();
        foreach (var paragraph in document.Descendants(OpenXmlNames.P))
        {
            numbers[paragraph] = ++paragraphNumber;
        }

        foreach (var element in document.Descendants())
        {
            var where = element.Name == OpenXmlNames.W + "instrText" && element.Value.Contains("{{")
                ? element.Value
                : element.Attributes().FirstOrDefault(a => a.Value.Contains("{{"))?.Value;
            if (where is null)
            {
                continue;
            }

            var start = where.IndexOf("{{", System.StringComparison.Ordinal);
            var fragment = where.Substring(start, System.Math.Min(40, where.Length - start));
            // The paragraph holding the element, or else the first one of the nearest block holding one (a content control's).
            var paragraph = element.AncestorsAndSelf(OpenXmlNames.P).FirstOrDefault()
                ?? element.AncestorsAndSelf().Select(a => a.Descendants(OpenXmlNames.P).FirstOrDefault()).FirstOrDefault(p => p is not null);
            const string Zh = "標籤位於屬性（例如圖片或文字方塊的替代文字、內容控制項的標題）或 Word 欄位代碼中，不會被套印；請把標籤移到本文文字中";
            const string En = "a tag in an attribute (such as the alt text of a picture or text box, a content control's title) or in a field code is never filled; move it into the text";
            if (paragraph is not null && numbers.TryGetValue(paragraph, out var number))
            {
                Report(new TagLocation(_part, number, 1, fragment), Zh, En);
            }
            else
            {
                _diagnostics.Add(TemplateDiagnostics.AtFile(DiagnosticRules.TemplateSyntax, $"{_templateName}/{_part}", Zh + "：" + fragment, En + ": " + fragment));
            }
        }
    }

    /// <summary>The prefix, with its colon, under which values write breaks and tabs in the part: the one its root uses.</summary>
    public static string WordPrefixOf(XDocument document) =>
        document.Root is { } root ? OpenXmlNames.WordPrefixAt(root) ?? "" : "";

    /// <summary>
    /// Refuses a tag that writes a value where the part's WordprocessingML prefix means something
    /// else (an element rebinding <c>w:</c> to another namespace, or the default namespace
    /// changed): the breaks and tabs a value writes would land in the wrong namespace.
    /// </summary>
    private void CheckWordPrefix(XDocument document)
    {
        var prefix = WordPrefixOf(document);
        foreach (var tag in _tags.Where(t => !t.Info.IsSilent && !OpenXmlNames.IsWordPrefixAt(t.Text, prefix)))
        {
            var name = prefix.TrimEnd(':');
            Report(
                tag.Location,
                $"此處的{(name.Length == 0 ? "預設命名空間" : $"命名空間前綴「{name}」")}被重新宣告為 WordprocessingML 以外的命名空間，引擎無法在此寫入值：請在 Word 開啟範本後另存新檔",
                $"{(name.Length == 0 ? "the default namespace" : $"the namespace prefix '{name}'")} is redeclared here to a namespace other than WordprocessingML, so a value cannot be written here: open the template in Word and save it again");
        }
    }

    /// <summary>
    /// Applies <c>{{~</c>, <c>~}}</c>, <c>{{-</c> and <c>-}}</c> to the paragraph's text rather than
    /// to the part's XML: white space next to the tag is removed from the text elements of the same
    /// paragraph, across run boundaries and invisible markup (run properties, bookmarks, revision
    /// marks), up to the next tag, the paragraph's edge or visible content (a tab, a break, a
    /// picture, a field). Markup is never removed. Scriban is given the tag without its marks, so
    /// the result does not depend on where Word split the runs. A paragraph holds no line ends, so
    /// both kinds of mark trim the same.
    /// </summary>
    private void ApplyWhitespaceControl(XDocument document)
    {
        foreach (var paragraph in document.Descendants(OpenXmlNames.P))
        {
            List<XElement>? sequence = null;
            foreach (var text in ParagraphText.TextElements(paragraph))
            {
                if (!_tagsByElement.TryGetValue(text, out var tags))
                {
                    continue;
                }

                foreach (var tag in tags.ToList())
                {
                    if (tag.TrimsBefore || tag.TrimsAfter)
                    {
                        sequence ??= TextSequence(paragraph);
                        var index = sequence.IndexOf(text);
                        if (tag.TrimsBefore)
                        {
                            TrimBefore(sequence, index, tag);
                        }

                        if (tag.TrimsAfter)
                        {
                            TrimAfter(sequence, index, tag);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The paragraph's own text elements and the visible content between them (where trimming stops), in document order.</summary>
    private static List<XElement> TextSequence(XElement paragraph) =>
        paragraph.Descendants()
            .Where(e => e.Name == OpenXmlNames.T
                || (e.Name.Namespace == OpenXmlNames.W && (VisibleContent.Contains(e.Name.LocalName) || e.Name.LocalName is "tab" or "cr" or "noBreakHyphen")
                    && !e.Ancestors().TakeWhile(a => a != paragraph).Any(a => a.Name == OpenXmlNames.PPr || a.Name == OpenXmlNames.RPr)))
            .Where(e => e.Ancestors(OpenXmlNames.P).First() == paragraph)
            .ToList();

    private void TrimBefore(List<XElement> sequence, int index, TagOccurrence tag)
    {
        var text = sequence[index];
        var tags = _tagsByElement[text];
        var limit = tags.Where(t => t.EndInText <= tag.OffsetInText).Select(t => t.EndInText).DefaultIfEmpty(0).Max();
        var start = WhitespaceStart(text.Value, tag.OffsetInText, limit);
        Remove(text, start, tag.OffsetInText);
        if (start > 0)
        {
            return;
        }

        for (var i = index - 1; i >= 0 && sequence[i].Name == OpenXmlNames.T; i--)
        {
            var previous = sequence[i];
            var value = previous.Value;
            var last = _tagsByElement.TryGetValue(previous, out var previousTags) && previousTags.Count > 0 ? previousTags[previousTags.Count - 1].EndInText : 0;
            var from = WhitespaceStart(value, value.Length, last);
            Remove(previous, from, value.Length);
            if (from > 0)
            {
                return;
            }
        }
    }

    private void TrimAfter(List<XElement> sequence, int index, TagOccurrence tag)
    {
        var text = sequence[index];
        var tags = _tagsByElement[text];
        var end = tag.EndInText;
        var length = text.Value.Length;
        var next = tags.Where(t => t.OffsetInText >= end).Select(t => t.OffsetInText).DefaultIfEmpty(length).Min();
        var stop = WhitespaceEnd(text.Value, end, next);
        Remove(text, end, stop);
        if (stop < length)
        {
            return;
        }

        for (var i = index + 1; i < sequence.Count && sequence[i].Name == OpenXmlNames.T; i++)
        {
            var following = sequence[i];
            var value = following.Value;
            var first = _tagsByElement.TryGetValue(following, out var followingTags) && followingTags.Count > 0 ? followingTags[0].OffsetInText : value.Length;
            var to = WhitespaceEnd(value, 0, first);
            Remove(following, 0, to);
            if (to < value.Length)
            {
                return;
            }
        }
    }

    /// <summary>Where the white space ending at <paramref name="from"/> starts, not before <paramref name="limit"/>; white space as Scriban trims it.</summary>
    private static int WhitespaceStart(string value, int from, int limit)
    {
        while (from > limit && char.IsWhiteSpace(value[from - 1]))
        {
            from--;
        }

        return from;
    }

    /// <summary>Where the white space starting at <paramref name="from"/> ends, not after <paramref name="limit"/>.</summary>
    private static int WhitespaceEnd(string value, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(value[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>Removes <c>[start, end)</c> from a text element's value, moving the tags after it.</summary>
    private void Remove(XElement text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        text.Value = text.Value.Remove(start, end - start);
        RunNormalizer.PreserveSpace(text);
        if (_tagsByElement.TryGetValue(text, out var tags))
        {
            foreach (var moved in tags.Where(t => t.OffsetInText >= end))
            {
                moved.OffsetInText -= end - start;
            }
        }
    }

    /// <summary>Straightens the typographic quotes Word puts in typed text, and non-breaking spaces, inside a tag.</summary>
    private static string Straighten(string tagText) => tagText
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"')
        .Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace('\u00A0', ' ').Replace('\u3000', ' ');

    private void FindReplacedElements(XDocument document)
    {
        foreach (var row in document.Descendants(OpenXmlNames.Tr))
        {
            if (row.Descendants(OpenXmlNames.Tr).Any())
            {
                continue;
            }

            var paragraphs = row.Descendants(OpenXmlNames.P).ToList();
            var tags = paragraphs.SelectMany(OwnTags).ToList();
            if (tags.Count > 0 && paragraphs.All(IsSilentOnly))
            {
                Replace(row, tags);
                Guard(row.Parent, ContentGuard.ForTable);
            }
        }

        foreach (var cell in document.Descendants(OpenXmlNames.Tc))
        {
            if (_replaced.Contains(cell.Parent!) || cell.Descendants(OpenXmlNames.Tc).Any())
            {
                continue;
            }

            var paragraphs = cell.Descendants(OpenXmlNames.P).ToList();
            var tags = paragraphs.SelectMany(OwnTags).ToList();
            if (tags.Count > 0 && paragraphs.All(IsSilentOnly))
            {
                Replace(cell, tags);
                Guard(cell.Parent, ContentGuard.ForRow);
            }
        }

        foreach (var paragraph in document.Descendants(OpenXmlNames.P))
        {
            var tags = OwnTags(paragraph).ToList();
            if (tags.Count > 0 && tags[0].Replaces is null && IsSilentOnly(paragraph) && !HasSectionBreak(paragraph))
            {
                Replace(paragraph, tags);
                if (paragraph.Parent?.Name == OpenXmlNames.Tc)
                {
                    Guard(paragraph.Parent, ContentGuard.ForCell);
                }
            }
        }
    }

    /// <summary>
    /// Makes sure <paramref name="element"/> (a cell or a table) keeps the content the schema
    /// requires when its blocks drop every child at run time.
    /// </summary>
    private void Guard(XElement? element, System.Func<XElement, int, ContentGuard> create)
    {
        if (element is not null && !_guards.ContainsKey(element))
        {
            _guards[element] = create(element, _guards.Count + 1);
        }
    }

    private void Replace(XElement element, List<TagOccurrence> tags)
    {
        _replaced.Add(element);
        foreach (var tag in tags)
        {
            tag.Replaces = element;
        }
    }

    private IEnumerable<TagOccurrence> OwnTags(XElement paragraph) =>
        ParagraphText.TextElements(paragraph).SelectMany(t => _tagsByElement.TryGetValue(t, out var list) ? list : []);

    /// <summary>
    /// True when the paragraph shows nothing but silent tags and white space, judged by its visible
    /// content: text, pictures, fields, breaks. Revision marks, comment anchors, smart tags,
    /// bookmarks and tabs do not count.
    /// </summary>
    private bool IsSilentOnly(XElement paragraph)
    {
        if (HasVisibleContent(paragraph))
        {
            return false;
        }

        foreach (var text in ParagraphText.TextElements(paragraph))
        {
            var value = text.Value;
            var position = 0;
            if (_tagsByElement.TryGetValue(text, out var tags))
            {
                foreach (var tag in tags)
                {
                    if (!tag.Info.IsSilent || !IsWhiteSpace(value, position, tag.OffsetInText))
                    {
                        return false;
                    }

                    position = tag.OffsetInText + tag.Location.TagText.Length;
                }
            }

            if (!IsWhiteSpace(value, position, value.Length))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhiteSpace(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when an element inside <paramref name="paragraph"/>, outside paragraph and run
    /// properties and deletions, is visible content or a foreign element (a picture, math) whose
    /// ancestors up to the paragraph are all WordprocessingML. One walk, carrying what the
    /// ancestors tell down to each element instead of looking up from each.
    /// </summary>
    private static bool HasVisibleContent(XElement paragraph)
    {
        var pending = new Stack<(XElement Element, bool AllWord)>();
        pending.Push((paragraph, true));
        while (pending.Count > 0)
        {
            var (parent, allWord) = pending.Pop();
            foreach (var element in parent.Elements())
            {
                var inWord = element.Name.Namespace == OpenXmlNames.W;
                if (inWord ? VisibleContent.Contains(element.Name.LocalName) : allWord)
                {
                    return true;
                }

                if (element.Name != OpenXmlNames.PPr && element.Name != OpenXmlNames.RPr && element.Name.LocalName != "del")
                {
                    pending.Push((element, allWord && inWord));
                }
            }
        }

        return false;
    }

    private static bool HasSectionBreak(XElement paragraph) =>
        paragraph.Element(OpenXmlNames.PPr)?.Element(OpenXmlNames.W + "sectPr") is not null;

    /// <summary>
    /// The XML element a tag's block lives in: for a replaced paragraph or row, its parent; for
    /// an inline tag, the element holding its run. A block must open and close in the same one,
    /// or the output would not be well-formed.
    /// </summary>
    /// <remarks>
    /// An inline block may span runs only when both runs are children of the same element; a tag
    /// in a text element outside a run (as in a hyperlink without runs) pairs only with tags in the
    /// same text element, or the content it drops would not be balanced XML.
    /// </remarks>
    private static XElement BlockContainer(TagOccurrence tag) =>
        tag.Replaces?.Parent ?? (tag.Text.Parent is { } run && run.Name == OpenXmlNames.R ? run.Parent : null) ?? tag.Text;

    private void CheckBlocks(XDocument document)
    {
        var open = new Stack<(TagOccurrence Tag, string? Capture)>();
        var sites = new Stack<(int Site, int Depth)>();
        var nextSite = 1;
        foreach (var element in document.Descendants())
        {
            if (element.Name == OpenXmlNames.NumId && element.Parent?.Name == OpenXmlNames.NumPr && sites.Count > 0)
            {
                _restartSiteOfNumId[element] = sites.Peek().Site;
            }

            if (element.Name != OpenXmlNames.T || !_tagsByElement.TryGetValue(element, out var tags))
            {
                continue;
            }

            foreach (var tag in tags)
            {
                if (tag.Info.RestartsNumbering)
                {
                    var site = nextSite++;
                    tag.Code = RestartCall.Replace(tag.Code, $"{TagClassifier.RestartNumbering} {site}");
                    sites.Push((site, open.Count));
                }

                foreach (var capture in tag.Info.CompleteCaptures)
                {
                    ConvertCapture(tag, capture);
                }

                for (var i = 0; i < tag.Info.Effects.Count; i++)
                {
                    ApplyEffect(tag.Info.Effects[i], tag.Info.Captures[i], tag, open);
                    while (sites.Count > 0 && open.Count < sites.Peek().Depth)
                    {
                        sites.Pop();
                    }
                }
            }
        }

        foreach (var (tag, _) in open.Reverse())
        {
            Report(tag.Location, "區塊沒有結束，缺少 {{ end }}", "the block is never closed: {{ end }} is missing");
        }
    }

    private void ApplyEffect(BlockEffect effect, string? capture, TagOccurrence tag, Stack<(TagOccurrence Tag, string? Capture)> open)
    {
        if (effect == BlockEffect.Open)
        {
            open.Push((tag, capture));
            return;
        }

        if (open.Count == 0)
        {
            var word = effect == BlockEffect.Close ? "end" : "else/when";
            Report(tag.Location, $"多餘的 {word}：前面沒有對應的 for、if 等開始標籤", $"misplaced {word}: no for, if or other block is open here");
            return;
        }

        var (opener, openedCapture) = open.Peek();
        if (BlockContainer(opener) != BlockContainer(tag))
        {
            Report(
                tag.Location,
                $"此標籤與第 {opener.Location.Paragraph} 段的 {opener.Location.TagText} 不在同一層：區塊標籤要單獨成段（或單獨成表格列），或開始與結束都在同一段內",
                $"this tag and {opener.Location.TagText} in paragraph {opener.Location.Paragraph} are at different levels: put block tags alone in their own paragraphs (or table rows), or open and close the block within one paragraph");
        }

        if (effect == BlockEffect.Close)
        {
            open.Pop();
            if (openedCapture is not null)
            {
                ConvertCapture(tag, openedCapture);
            }
        }
    }

    /// <summary>
    /// Adds to the tag that ends a <c>capture</c> the statement that turns the captured XML into
    /// text: values are escaped once, where they meet the XML, and never again when the variable is written.
    /// </summary>
    private static void ConvertCapture(TagOccurrence tag, string target)
    {
        var code = tag.Code;
        var end = code.Length - 2;
        tag.Code = new StringBuilder(code, 0, end, code.Length + 64)
            .Append('\n').Append(target).Append(" = ").Append(CaptureTextFunction).Append(' ').Append(target).Append('\n')
            .Append(code, end, code.Length - end)
            .ToString();
    }

    private void Report(TagLocation location, string zh, string en) =>
        _diagnostics.Add(TemplateDiagnostics.AtTag(DiagnosticRules.TemplateSyntax, _templateName, location, zh, en));

    private void Write(XDocument document)
    {
        _code.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        foreach (var node in document.Nodes())
        {
            WriteNode(node);
        }
    }

    private void WriteNode(XNode node)
    {
        switch (node)
        {
            case XElement element:
                WriteElement(element);
                break;
            case XText text when text.Parent is null || (text.Parent.HasElements && IsWhiteSpace(text.Value, 0, text.Value.Length)):
                // White space between elements is layout of the markup, and stays in the code (where
                // Scriban indents it as before); text is referred to by a marker.
                AppendEscaped(text.Value, 0, text.Value.Length, attribute: false);
                break;
            case XText text:
                AppendText(text.Value, 0, text.Value.Length);
                break;
            case XComment comment:
                AppendLiteral("<!--" + comment.Value + "-->");
                break;
            case XProcessingInstruction instruction when instruction.Target != LiteralTexts.Target:
                AppendLiteral("<?" + instruction.Target + " " + instruction.Data + "?>");
                break;
        }
    }

    private void WriteElement(XElement element)
    {
        if (_replaced.Contains(element))
        {
            if (element.Name == OpenXmlNames.P)
            {
                // A dropped paragraph's bookmarks and comment ranges stay in the document, at block level.
                foreach (var mark in element.Descendants().Where(e => e.Name.Namespace == OpenXmlNames.W && RangeMarks.Contains(e.Name.LocalName)))
                {
                    WriteElement(mark);
                }
            }

            foreach (var tag in element.Descendants(OpenXmlNames.T).SelectMany(t => _tagsByElement.TryGetValue(t, out var list) ? list : []))
            {
                EmitTag(tag);
            }

            return;
        }

        var name = QualifiedName(element, element.Name);
        AppendLiteral("<" + name);
        foreach (var attribute in element.Attributes())
        {
            WriteAttribute(element, attribute);
        }

        if (element.IsEmpty)
        {
            AppendLiteral("/>");
            return;
        }

        AppendLiteral(">");
        if (element.Name == OpenXmlNames.T && _tagsByElement.TryGetValue(element, out var tags))
        {
            WriteTextWithTags(element.Value, tags);
        }
        else
        {
            _guards.TryGetValue(element, out var guard);
            if (guard is not null)
            {
                _code.Append("{{").Append(guard.Variable).Append(" = false}}");
            }

            foreach (var child in element.Nodes())
            {
                if (guard is not null && child is XElement block && guard.Counts(block) && !_replaced.Contains(block))
                {
                    _code.Append("{{").Append(guard.Variable).Append(" = true}}");
                }

                WriteNode(child);
            }

            if (guard is not null)
            {
                _code.Append("{{if !").Append(guard.Variable).Append("}}").Append(guard.Fallback).Append("{{end}}");
            }
        }

        AppendLiteral("</" + name + ">");
    }

    private void WriteAttribute(XElement element, XAttribute attribute)
    {
        string name;
        if (attribute.IsNamespaceDeclaration)
        {
            name = attribute.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + attribute.Name.LocalName;
        }
        else
        {
            name = QualifiedName(element, attribute.Name);
        }

        AppendLiteral(" " + name + "=\"");
        if (attribute.Name == OpenXmlNames.Val && _restartSiteOfNumId.TryGetValue(element, out var site)
            && int.TryParse(attribute.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numId))
        {
            _code.Append("{{").Append(NumberingFunction).Append(' ').Append(numId).Append(' ').Append(site).Append("}}");
        }
        else
        {
            AppendEscaped(attribute.Value, 0, attribute.Value.Length, attribute: true);
        }

        AppendLiteral("\"");
    }

    private static string QualifiedName(XElement scope, XName name)
    {
        if (name.Namespace == XNamespace.None)
        {
            return name.LocalName;
        }

        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        return string.IsNullOrEmpty(prefix) ? name.LocalName : prefix + ":" + name.LocalName;
    }

    private void WriteTextWithTags(string value, List<TagOccurrence> tags)
    {
        var position = 0;
        foreach (var tag in tags)
        {
            AppendText(value, position, tag.OffsetInText - position);
            EmitTag(tag);
            position = tag.OffsetInText + tag.Location.TagText.Length;
        }

        AppendText(value, position, value.Length - position);
    }

    /// <summary>Appends a marker for <paramref name="count"/> characters of an element's text: the text itself stays out of the code.</summary>
    private void AppendText(string value, int start, int count)
    {
        if (count > 0)
        {
            _texts.AppendMarker(_code, value, start, count);
        }
    }

    private void EmitTag(TagOccurrence tag)
    {
        _map.Add(_code.Length, tag.Location);
        _code.Append(tag.Code);
    }

    /// <summary>Appends literal XML, escaping every <c>{</c> that Scriban would read as the start of code or of an escape block.</summary>
    private void AppendLiteral(string xml)
    {
        for (var i = 0; i < xml.Length; i++)
        {
            var c = xml[i];
            if (c == '{' && i + 1 < xml.Length && xml[i + 1] is '{' or '%')
            {
                _code.Append("{%{{}%}");
            }
            else
            {
                _code.Append(c);
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="count"/> characters of <paramref name="value"/> from <paramref name="start"/>
    /// escaped for XML text or an attribute, in one pass without intermediate strings, escaping
    /// Scriban's openings like <see cref="AppendLiteral"/> (escaping never writes a brace).
    /// </summary>
    private void AppendEscaped(string value, int start, int count, bool attribute)
    {
        var end = start + count;
        var plain = start;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#xA;",
                '\r' => "&#xD;",
                '\t' when attribute => "&#x9;",
                '{' when i + 1 < end && value[i + 1] is '{' or '%' => "{%{{}%}",
                _ => null,
            };
            if (replacement is not null)
            {
                _code.Append(value, plain, i - plain).Append(replacement);
                plain = i + 1;
            }
        }

        _code.Append(value, plain, end - plain);
    }
}
