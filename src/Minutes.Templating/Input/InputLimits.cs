namespace Minutes.Templating.Input;

/// <summary>Bounds that keep a hostile or broken input from exhausting memory or the stack.</summary>
public sealed record InputLimits
{
    /// <summary>The default limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (default 16 MiB).</summary>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists accepted (default 64).</summary>
    public int MaxDepth { get; init; } = 64;
}
