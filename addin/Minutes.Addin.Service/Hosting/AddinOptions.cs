namespace Minutes.Addin.Service.Hosting;

/// <summary>Settings of the add-in service, bound from the <c>Addin</c> configuration section.</summary>
public sealed class AddinOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Addin";

    /// <summary>
    /// The one origin allowed to call the API from a browser (CORS), normally the origin the task
    /// pane is served from, such as <c>https://localhost:7150</c>. Empty allows none.
    /// </summary>
    public string AllowedOrigin { get; set; } = "";

    /// <summary>
    /// Where the task pane loads Office.js from. Production uses Microsoft's CDN; tests point it
    /// at a local stand-in.
    /// </summary>
    public string OfficeJsUrl { get; set; } = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>The largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The most lines (paragraphs) all fields of one section request may hold together; more get 413.</summary>
    public int MaxSectionLines { get; set; } = 2_000;

    /// <summary>The largest answer the service sends, in characters; a larger one gets 413.</summary>
    public int MaxAnswerChars { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most findings one lint answer holds; a text or document with more gets 413, as an
    /// answer of tens of thousands of findings would be tens of megabytes.
    /// </summary>
    public int MaxLintFindings { get; set; } = 2_000;

    /// <summary>The per-client limit on API requests (<c>Addin:RateLimit:PermitLimit</c>, <c>WindowSeconds</c>, <c>QueueLimit</c>).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Who may call the API: <see cref="AddinAuthentication.None"/> (default) or <see cref="AddinAuthentication.Windows"/>.</summary>
    public AddinAuthentication Authentication { get; set; } = AddinAuthentication.None;

    /// <summary>
    /// Serve with HTTP.sys instead of Kestrel (Windows only, outside IIS), with Negotiate and NTLM
    /// authentication on, for <see cref="AddinAuthentication.Windows"/> without IIS.
    /// </summary>
    public bool UseHttpSys { get; set; }

    /// <summary>
    /// The address clients reach the service at, such as <c>https://minutes.example.gov.tw</c>: the
    /// manifest served at <c>/manifest.xml</c> points there. Empty: no manifest is served. Must be
    /// https outside Development (Office loads add-ins over HTTPS only).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The add-in id (a GUID) of this environment's manifest; empty keeps addin/manifest.xml's. Give a test environment its own, so Office treats it as another add-in.</summary>
    public string ManifestId { get; set; } = "";

    /// <summary>The manifest's version (such as <c>1.0.1.0</c>); empty keeps addin/manifest.xml's. Raise it with every change: Office caches manifests by version.</summary>
    public string ManifestVersion { get; set; } = "";

    /// <summary>The add-in's name in Office (all languages); empty keeps 會議紀錄小幫手 / Meeting Minutes Helper.</summary>
    public string DisplayName { get; set; } = "";
}
