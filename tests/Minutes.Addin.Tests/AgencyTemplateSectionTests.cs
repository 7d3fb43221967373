using System;
using System.IO;
using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Templating.BuiltIn;
using Minutes.Templating.Hosting;
using Minutes.Templating.Tests.Sections;

namespace Minutes.Addin.Tests;

/// <summary>
/// An agency's own minutes template (here the built-in notice saved as minutes.docx in the
/// template folder) that marks none of the parts a section is cut from: the clerk is told why,
/// instead of a server error.
/// </summary>
public class AgencyTemplateSectionTests(AgencyTemplateSectionTests.AgencyHost service) : IClassFixture<AgencyTemplateSectionTests.AgencyHost>
{
    public sealed class AgencyHost : ServiceHost, IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("minutes-agency-templates-").FullName;

        protected override void ConfigureServices(IServiceCollection services)
        {
            using (var source = BuiltInTemplates.Open("notice"))
            using (var target = File.Create(Path.Combine(folder, "minutes.docx")))
            {
                source.CopyTo(target);
            }

            services.Configure<MinutesTemplatingOptions>(options => options.TemplateFolders.Add(folder));
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_template_without_the_bookmarks_is_named_to_the_clerk()
    {
        var response = await service.Client.PostAsJsonAsync("/api/sections/motion/ooxml", new { fields = SectionSamples.Values("motion") });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotImplemented);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("範本「minutes.docx」沒有以書籤 _MinutesItem 標出這個段落", detail, StringComparison.Ordinal);
        Assert.Contains("(template 'minutes.docx' marks no such part", detail, StringComparison.Ordinal);
    }
}
