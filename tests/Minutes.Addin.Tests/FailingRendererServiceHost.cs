using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Documents;

namespace Minutes.Addin.Tests;

/// <summary>The service with a meeting renderer that always throws, to see what an unexpected failure answers.</summary>
public sealed class FailingRendererServiceHost : ServiceHost
{
    /// <summary>The message of the renderer's exception; it must never reach the client.</summary>
    public const string SecretMessage = "disk failure reading /srv/minutes/templates/official.docx";

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IMeetingDocumentRenderer, ThrowingRenderer>();

    /// <summary>A renderer that always throws, for a 500.</summary>
    internal sealed class ThrowingRenderer : IMeetingDocumentRenderer
    {
        public IReadOnlyList<string> TemplateIds { get; } = ["official"];

        public Task<MeetingDocumentResult> RenderAsync(string templateId, string meeting, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(SecretMessage);
    }
}
