namespace Minutes.Templating.Input;

/// <summary>The text format of a meeting file.</summary>
public enum InputFormat
{
    /// <summary>YAML 1.1/1.2 (the recorder's format).</summary>
    Yaml,

    /// <summary>JSON (from other systems).</summary>
    Json,
}
