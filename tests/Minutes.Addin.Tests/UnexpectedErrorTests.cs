using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Minutes.Addin.Tests;

public class UnexpectedErrorTests(FailingRendererServiceHost service) : IClassFixture<FailingRendererServiceHost>
{
    [Fact]
    public async Task An_unexpected_failure_gets_500_problem_details_with_the_security_headers_and_no_internals()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { templateId = "official", meeting = "agency: 宜蘭縣政府" }),
        };
        request.Headers.Add("Origin", ServiceHost.AllowedOrigin);

        using var response = await service.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(FailingRendererServiceHost.SecretMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityHeaderAssert.HasSecurityHeaders(response);
        Assert.Equal(ServiceHost.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
