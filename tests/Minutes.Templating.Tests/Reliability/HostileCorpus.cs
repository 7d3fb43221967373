using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// The hostile inputs and templates of <c>tests/corpus/corpus.json</c>: small cases are files
/// under <c>tests/corpus/</c>, big ones (a 50 MB input, a zip bomb, deep nesting, corrupt zips)
/// are generated here into the test's folder. Shared with the CLI tests, which link this file.
/// </summary>
public static class HostileCorpus
{
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    private const string PlainBody = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{{ meeting.name }}</w:t></w:r></w:p></w:body></w:document>""";

    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The repository root (the folder holding Minutes.Templating.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder of the corpus.</summary>
    public static string Folder => Path.Combine(RepositoryRoot, "tests", "corpus");

    /// <summary>The manifest's cases.</summary>
    public static IReadOnlyList<CorpusCase> Cases { get; } = Load();

    /// <summary>The case names, for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> Names => Cases.Select(c => new object[] { c.Name });

    /// <summary>The case with that name.</summary>
    public static CorpusCase Get(string name) => Cases.Single(c => c.Name == name);

    /// <summary>
    /// Writes what a case needs into <paramref name="folder"/>: the meeting file and, for a
    /// template case, the .docx and any include files.
    /// </summary>
    /// <returns>The meeting file and the template (a built-in name or the .docx path).</returns>
    public static (string Input, string Template) Materialize(CorpusCase corpusCase, string folder)
    {
        var input = corpusCase.Kind == "input"
            ? WriteInput(corpusCase, folder)
            : Copy(Path.Combine(RepositoryRoot, "templates", "examples", "yilan-2017.yaml"), folder);
        if (corpusCase.Kind == "input")
        {
            return (input, "minutes");
        }

        foreach (var include in corpusCase.Includes)
        {
            Copy(Path.Combine(Folder, include), folder);
        }

        var template = Path.Combine(folder, corpusCase.Name + ".docx");
        File.WriteAllBytes(template, TemplateBytes(corpusCase));
        return (input, template);
    }

    private static string WriteInput(CorpusCase corpusCase, string folder)
    {
        if (corpusCase.File is { } file)
        {
            return Copy(Path.Combine(Folder, file), folder);
        }

        var example = File.ReadAllText(Path.Combine(RepositoryRoot, "templates", "examples", "yilan-2017.yaml"));
        var (name, bytes) = corpusCase.Generator switch
        {
            "input-50mb" => ("large.yaml", Encoding.UTF8.GetBytes(example + "\n# " + new string('長', 50 * 1024 * 1024 / 3) + "\n")),
            "deep-json" => ("deep.json", Encoding.UTF8.GetBytes("{\"attendance\": {\"note\": " + new string('[', 100_000) + new string(']', 100_000) + "}}")),
            "many-values-yaml" => ("many-values.yaml", Encoding.UTF8.GetBytes(example + "\nattachments: [" + string.Join(",", Enumerable.Repeat("附件", 200_000)) + "]\n")),
            "many-keys-json" => ("many-keys.json", Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"\"k{i}\": 1")) + "}")),
            "deep-yaml" => ("deep.yaml", Encoding.UTF8.GetBytes("attendance:\n  note: " + new string('[', 100_000) + new string(']', 100_000) + "\n")),
            "big5" => ("big5.yaml", [.. Encoding.ASCII.GetBytes("agency: "), 0xA9, 0x79, 0xC4, 0xF5, 0xBF, 0xA4, 0xAC, 0x46, 0xA9, 0xB2, (byte)'\n']),
            "utf8-bom" => ("utf8-bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(example)]),
            "utf16-bom" => ("utf16-bom.yaml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(example)]),
            "utf16-no-bom" => ("utf16.yaml", Encoding.Unicode.GetBytes(example)),
            "utf32-bom" => ("utf32-bom.yaml", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(example)]),
            "utf16-lone-surrogate" => ("utf16-lone-surrogate.yaml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("agency: "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n")]),
            "binary" => ("binary.yaml", Docx(PlainBody, null)),
            "lint-x-100000" => ("lint-x-100000.yaml", Encoding.UTF8.GetBytes(LintX100000())),
            "attendees-10000" => ("attendees-10000.yaml", Encoding.UTF8.GetBytes(Attendees(example, 10_000))),
            "text-1000001" => ("text-1000001.yaml", Encoding.UTF8.GetBytes(example.TrimEnd('\n') + "\n  - kind: text\n    title: 附錄\n    text: " + new string('a', 1_000_001) + "\n")),
            "tabs-4m" => ("tabs.yaml", Encoding.UTF8.GetBytes(example.TrimEnd('\n') + "\n  - kind: motions\n    items:\n      - subject: 測試\n        resolution:\n"
                + string.Concat(Enumerable.Repeat("          - text: \"a" + new string('\t', 999_990) + "b\"\n", 4)))),
            _ => throw new InvalidOperationException($"unknown input generator '{corpusCase.Generator}' in case {corpusCase.Name}"),
        };
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The 0.2-layout meeting of <c>inputs/in2-start-null.yaml</c> with its start written and a place of 100,000 characters (one line).</summary>
    public static string LintX100000() => File.ReadAllText(Path.Combine(Folder, "inputs", "in2-start-null.yaml"))
        .Replace("start: ~", "start: \"09:30\"")
        .Replace("location: 本所3樓第一會議室", "location: " + new string('x', 100_000));

    /// <summary>
    /// The example meeting with <paramref name="count"/> people present, each with a unit, a
    /// name and a title, and every tenth on leave: the templates' lists of people grow with it.
    /// </summary>
    public static string Attendees(string example, int count)
    {
        var people = new StringBuilder("attendance:\n  groups:\n    - label: 出席人員\n      people:\n");
        for (var i = 0; i < count; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"        - unit: 第{i}單位\n          person: {{ name: 王{i}, title: 委員 }}\n");
            if (i % 10 == 9)
            {
                people.Append("          status: 請假\n");
            }
        }

        const string Note = "attendance:\n  note: 詳如簽到表\n";
        return example.Contains(Note, StringComparison.Ordinal)
            ? example.Replace(Note, people.ToString())
            : throw new InvalidOperationException("the example no longer has the attendance note this case replaces");
    }

    private static byte[] TemplateBytes(CorpusCase corpusCase)
    {
        if (corpusCase.File is { } file)
        {
            var relationships = corpusCase.Relationships is { } rels ? File.ReadAllText(Path.Combine(Folder, rels)) : null;
            return Docx(File.ReadAllText(Path.Combine(Folder, file)), relationships);
        }

        return corpusCase.Generator switch
        {
            "corrupt-zip" => Docx(PlainBody, null)[..^200],
            "not-a-zip" => Encoding.UTF8.GetBytes("這不是 .docx 檔案，只是改了副檔名的文字。"),
            "zip-bomb" => ZipBomb(),
            "too-many-entries" => Package(Parts(PlainBody, null).Concat(Enumerable.Range(0, 1_500).Select(i => ($"word/media/item{i}.txt", new byte[] { 0x20 })))),
            "many-runs" => Docx(Body(Repeat("<w:r><w:t>" + new string('x', 1_000) + "</w:t></w:r>", 40_000)), null),
            "many-runs-alternating" => Docx(Body(Repeat("<w:r><w:rPr><w:b/></w:rPr><w:t>xxxxxxxxxx</w:t></w:r><w:r><w:t>yyyyyyyyyy</w:t></w:r>", 100_000)), null),
            "many-runs-in-cell" => Docx(Body("<w:tbl><w:tr><w:tc>" + Body(Repeat("<w:r><w:t>{{ meeting.name }}x</w:t></w:r>", 20_000)) + "</w:tc></w:tr></w:tbl>"), null),
            "many-tags-split" => Docx(Body(Repeat("<w:r><w:t>{{ meeting</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>.name }}</w:t></w:r>", 20_000)), null),
            "many-tags" => Docx(Body("<w:r><w:t>" + string.Concat(Enumerable.Repeat("{{ meeting.name }}", 100_001)) + "</w:t></w:r>"), null),
            "many-bookmarks" => Docx(Body(Repeat("<w:bookmarkStart w:id=\"{0}\" w:name=\"_GoBack\"/><w:r><w:t>x</w:t></w:r><w:bookmarkEnd w:id=\"{0}\"/>", 20_000)), null),
            "many-repeated-bookmarks" => Docx(
                """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{{ for i in 1..20000 }}</w:t></w:r></w:p><w:p><w:bookmarkStart w:id="1" w:name="b"/><w:r><w:t>{{ i }}</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:r><w:t>{{ end }}</w:t></w:r></w:p></w:body></w:document>""",
                null),
            "silent-deep" => Docx(
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{{ if true }}</w:t></w:r>"
                + Nest("<w:smartTag w:element=\"s\">", "</w:smartTag>", 250, Repeat("<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>", 20_000))
                + "</w:p><w:p><w:r><w:t>本文</w:t></w:r></w:p><w:p><w:r><w:t>{{ end }}</w:t></w:r></w:p></w:body></w:document>",
                null),
            "deep-100k" => Docx(Body(Nest("<w:smartTag w:element=\"s\">", "</w:smartTag>", 100_000, "<w:r><w:t>x</w:t></w:r>")), null),
            "deep-styles" => Package(Parts(PlainBody, null).Append(("word/styles.xml", Encoding.UTF8.GetBytes(
                "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + Nest("<w:style>", "</w:style>", 100_000, "") + "</w:styles>")))),
            "deep-257" => Docx(Body(Nest("<w:smartTag w:element=\"s\">", "</w:smartTag>", 257, "<w:r><w:t>x</w:t></w:r>")), null),
            _ => throw new InvalidOperationException($"unknown template generator '{corpusCase.Generator}' in case {corpusCase.Name}"),
        };
    }

    /// <summary>A main part whose body is one paragraph holding <paramref name="content"/>.</summary>
    private static string Body(string content) =>
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>" + content + "</w:p></w:body></w:document>";

    /// <summary><paramref name="xml"/> <paramref name="count"/> times; <c>{0}</c> becomes the copy's number.</summary>
    private static string Repeat(string xml, int count)
    {
        var builder = new StringBuilder(xml.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(xml.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }

    /// <summary><paramref name="inner"/> wrapped <paramref name="depth"/> times in <paramref name="open"/> … <paramref name="close"/>.</summary>
    private static string Nest(string open, string close, int depth, string inner)
    {
        var builder = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    /// <summary>A minimal .docx whose main part is <paramref name="document"/>, with the given main-part relationships.</summary>
    private static byte[] Docx(string document, string? relationships) => Package(Parts(document, relationships));

    private static IEnumerable<(string Name, byte[] Data)> Parts(string document, string? relationships)
    {
        yield return ("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
        yield return ("_rels/.rels", Encoding.UTF8.GetBytes(PackageRelationships));
        yield return ("word/document.xml", Encoding.UTF8.GetBytes(document));
        if (relationships is not null)
        {
            yield return ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(relationships));
        }
    }

    private static byte[] Package(IEnumerable<(string Name, byte[] Data)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(data);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A valid template plus one entry of 150 MB of zeros: about 150 KB on disk.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in Parts(PlainBody, null))
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(data);
            }

            using var bomb = zip.CreateEntry("word/media/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                bomb.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static string Copy(string source, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, target);
        return target;
    }

    private static IReadOnlyList<CorpusCase> Load()
    {
        var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(Path.Combine(Folder, "corpus.json")), ManifestOptions)!;
        return manifest.Cases;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minutes.Templating.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
