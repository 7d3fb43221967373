using Minutes.Templating.Tests.TestSupport;
using System;
using System.IO;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Minutes.Templating.BuiltIn;

namespace Minutes.Addin.Tests;

/// <summary>The service with an agency template folder in its settings (<c>Minutes:TemplateFolders</c>).</summary>
public sealed class ServiceHostWithTemplateFolder : ServiceHost, IDisposable
{
    public ServiceHostWithTemplateFolder()
    {
        Folder = Directory.CreateTempSubdirectory("minutes-addin-templates-").FullName;
        using var notice = BuiltInTemplates.Open("notice");
        using var file = File.Create(Path.Combine(Folder, "agency-notice.docx"));
        notice.CopyTo(file);
    }

    public string Folder { get; }

    protected override string[] Settings => ["--Minutes:TemplateFolders:0=" + Folder];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public class TemplateFolderTests(ServiceHostWithTemplateFolder service) : IClassFixture<ServiceHostWithTemplateFolder>
{
    [Fact]
    public async Task Templates_of_the_configured_folder_are_offered_and_render()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "templates", "examples", "yilan-2017.yaml"));

        var templates = await service.Client.GetFromJsonAsync<string[]>("/api/templates") ?? [];
        var response = await service.Client.PostAsJsonAsync("/api/documents", new { templateId = "agency-notice", meeting = yaml });

        Assert.Equal(["agency-notice", "minutes", "notice", "sign-in"], templates);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var document = Docx.Open(Convert.FromBase64String(body.GetProperty("base64").GetString()!));
        Assert.Contains("開會通知單", document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }
}
