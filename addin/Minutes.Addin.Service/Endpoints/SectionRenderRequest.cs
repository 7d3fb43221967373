using System.Collections.Generic;
using System.Text.Json;

namespace Minutes.Addin.Service.Endpoints;

/// <summary>The body of <c>POST /api/sections/{id}/ooxml</c>.</summary>
public sealed class SectionRenderRequest
{
    /// <summary>Field id → value: a string, a number (for number fields) or null.</summary>
    public Dictionary<string, JsonElement>? Fields { get; set; }
}
