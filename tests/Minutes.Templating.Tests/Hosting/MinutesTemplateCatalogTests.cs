using Minutes.Templating.Diagnostics;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Compilation;
using Minutes.Templating.Hosting;
using Minutes.Templating.Input;
using Minutes.Templating.Tests.TestSupport;

namespace Minutes.Templating.Tests.Hosting;

public sealed class MinutesTemplateCatalogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("minutes-catalog-").FullName;
    private readonly RecordingLogger<MinutesTemplateCatalog> log = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Built_in_templates_are_the_shared_compiled_ones()
    {
        var catalog = Catalog();

        Assert.Equal(["minutes", "notice", "sign-in"], catalog.Names);
        Assert.Same(MinutesTemplate.BuiltIn("minutes"), catalog.GetTemplate("minutes"));
    }

    [Fact]
    public void Folder_templates_join_the_built_ins_and_compile_once()
    {
        CopyBuiltIn("notice", "agency-notice.docx");
        var catalog = Catalog(o => o.TemplateFolders.Add(folder));

        var first = catalog.GetTemplate("agency-notice");

        Assert.Equal(["agency-notice", "minutes", "notice", "sign-in"], catalog.Names);
        Assert.Same(first, catalog.GetTemplate("agency-notice"));
        Assert.Single(log.Entries, e => e.EventId == 3 && e.Message.Contains("agency-notice", StringComparison.Ordinal));
        Docx.AssertValid(first.RenderToBytes(Seed()));
    }

    [Fact]
    public void A_folder_template_named_like_a_built_in_replaces_it()
    {
        CopyBuiltIn("notice", "minutes.docx");
        var catalog = Catalog(o => o.TemplateFolders.Add(folder));

        Assert.NotSame(MinutesTemplate.BuiltIn("minutes"), catalog.GetTemplate("minutes"));
        Assert.Equal(3, catalog.Names.Count);
    }

    [Theory]
    [InlineData("../minutes")]
    [InlineData("/etc/passwd")]
    [InlineData("minutes.docx")]
    [InlineData("MINUTES")]
    [InlineData("")]
    [InlineData("templates/minutes")]
    public void A_name_that_is_not_in_the_catalog_is_refused_with_the_names_there_are(string name)
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Catalog().GetTemplate(name));

        Assert.Contains("minutes, notice, sign-in", error.Message, StringComparison.Ordinal);
        Assert.Contains("找不到範本", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_folder_template_is_logged_and_tried_again_once_corrected()
    {
        var path = Path.Combine(folder, "broken.docx");
        File.WriteAllBytes(path, new TestDocx { Body = TestDocx.Para("{{ for r in meeting.sections }}") }.Build());
        var catalog = Catalog(o => o.TemplateFolders.Add(folder));

        Assert.Throws<TemplateException>(() => catalog.GetTemplate("broken"));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.EventId == 4 && e.Message.Contains("broken", StringComparison.Ordinal));

        File.WriteAllBytes(path, new TestDocx { Body = TestDocx.Para("{{ meeting.location }}") }.Build());
        Docx.AssertValid(catalog.GetTemplate("broken").RenderToBytes(Seed()));
    }

    [Fact]
    public void A_missing_folder_is_a_warning_not_a_failure()
    {
        var catalog = Catalog(o => o.TemplateFolders.Add(Path.Combine(folder, "absent")));

        Assert.Equal(3, catalog.Names.Count);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.EventId == 2);
    }

    [Fact]
    public void Own_limits_compile_built_ins_afresh_with_those_limits()
    {
        var catalog = Catalog(o => o.Limits = new TemplateOptions { LoopLimit = 10 });

        Assert.NotSame(MinutesTemplate.BuiltIn("minutes"), catalog.GetTemplate("minutes"));
        Assert.ThrowsAny<TemplateException>(() => catalog.GetTemplate("minutes").RenderToBytes(Seed()));
    }

    [Fact]
    public void AddMinutesTemplating_registers_one_shared_catalog_configured_by_every_call()
    {
        CopyBuiltIn("sign-in", "roll.docx");
        using var services = new ServiceCollection()
            .AddLogging()
            .AddMinutesTemplating(o => o.TemplateFolders.Add(Path.Combine(folder, "absent")))
            .AddMinutesTemplating(o => o.TemplateFolders.Add(folder))
            .BuildServiceProvider();

        var templates = services.GetRequiredService<IMinutesTemplates>();

        Assert.IsType<MinutesTemplateCatalog>(templates);
        Assert.Same(templates, services.GetRequiredService<IMinutesTemplates>());
        Assert.Contains("roll", templates.Names);
    }

    private MinutesTemplateCatalog Catalog(Action<MinutesTemplatingOptions>? configure = null)
    {
        var options = new MinutesTemplatingOptions();
        configure?.Invoke(options);
        return new MinutesTemplateCatalog(Options.Create(options), log);
    }

    private void CopyBuiltIn(string name, string fileName)
    {
        using var source = BuiltInTemplates.Open(name);
        using var target = File.Create(Path.Combine(folder, fileName));
        source.CopyTo(target);
    }

    private static Minutes.Templating.Model.Meeting Seed() => MeetingReader.ReadFile(Repository.Example("yilan-2017.yaml")).Meeting!;
}
