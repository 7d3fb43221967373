namespace Minutes.Addin.Service.Hosting;

/// <summary>Who may call the API, set by <c>Addin:Authentication</c>.</summary>
public enum AddinAuthentication
{
    /// <summary>Anyone who can reach the service (the default).</summary>
    None,

    /// <summary>
    /// Only a user the server authenticated with Windows (Negotiate/Kerberos or NTLM): IIS with
    /// Windows Authentication enabled, or HTTP.sys (<see cref="AddinOptions.UseHttpSys"/>). The
    /// task pane's files and <c>/healthz</c> stay anonymous.
    /// </summary>
    Windows,
}
