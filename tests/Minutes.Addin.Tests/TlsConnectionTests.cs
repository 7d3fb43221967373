using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Addin.Service.Documents;

namespace Minutes.Addin.Tests;

/// <summary>
/// Issue 20: an idle TLS connection was held for over 55 s. With a certificate on Kestrel (the
/// deployment guide's first way), a client that never starts the handshake, and one that
/// finishes it and then sends nothing, are closed within the default limits (Kestrel's 10 s
/// handshake timeout; the service's 20 s keep-alive timeout), while HTTPS requests are answered,
/// each with HSTS when it names a real host (a 500 too).
/// </summary>
public class TlsConnectionTests(TlsConnectionTests.TlsServiceHost service) : IClassFixture<TlsConnectionTests.TlsServiceHost>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_connection_that_never_starts_the_handshake_is_closed()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
        using var giveUp = new CancellationTokenSource(Bound);

        var closed = SlowClient.ReadUntilClosedAsync(socket, giveUp.Token);
        var normal = await HealthAsync();

        Assert.Equal("ok", normal);
        Assert.True((await closed).Closed, $"still open after {Bound.TotalSeconds} s");
    }

    [Fact]
    public async Task A_connection_idle_after_the_handshake_is_closed()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
        using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false, (_, certificate, _, _) => service.IsOurs(certificate));
        await tls.AuthenticateAsClientAsync("127.0.0.1");
        using var giveUp = new CancellationTokenSource(Bound);

        var closed = ReadUntilClosedAsync(tls, giveUp.Token);
        var normal = await HealthAsync();

        Assert.Equal("ok", normal);
        Assert.True(await closed, $"still open after {Bound.TotalSeconds} s");
    }

    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/documents", HttpStatusCode.InternalServerError)]
    public async Task Every_answer_to_a_real_host_name_carries_HSTS(string path, HttpStatusCode status)
    {
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => service.IsOurs(certificate) } };
        using var client = new HttpClient(handler) { BaseAddress = service.BaseAddress, Timeout = Bound };
        using var request = new HttpRequestMessage(path.StartsWith("/api", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);
        request.Headers.Host = "minutes.example.gov.tw";
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new StringContent("""{"templateId":"official","meeting":"agency: 宜蘭縣政府"}""", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var values), $"no HSTS on {path}");
        Assert.StartsWith("max-age=", string.Join(",", values), StringComparison.Ordinal);
    }

    private async Task<string> HealthAsync()
    {
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => service.IsOurs(certificate) } };
        using var client = new HttpClient(handler) { BaseAddress = service.BaseAddress, Timeout = Bound };
        return await client.GetStringAsync("/healthz");
    }

    private static async Task<bool> ReadUntilClosedAsync(Stream stream, CancellationToken giveUp)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer, giveUp) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The service over HTTPS with a self-signed certificate for 127.0.0.1, given as Kestrel:Certificates:Default.</summary>
    public sealed class TlsServiceHost : ServiceHost
    {
        private const string Password = "minutes-test";
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("minutes-tls-");
        private readonly X509Certificate2 certificate;

        public TlsServiceHost()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, Password));
        }

        private string CertificatePath => Path.Combine(folder.FullName, "service.pfx");

        protected override string[] Settings =>
        [
            "--urls=https://127.0.0.1:0",
            "--Kestrel:Certificates:Default:Path=" + CertificatePath,
            "--Kestrel:Certificates:Default:Password=" + Password,
        ];

        /// <summary>Documents fail with a 500, to see the headers of one.</summary>
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IMeetingDocumentRenderer, FailingRendererServiceHost.ThrowingRenderer>();

        public bool IsOurs(X509Certificate? presented) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            certificate.Dispose();
            folder.Delete(recursive: true);
        }
    }
}
