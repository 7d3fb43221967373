namespace Minutes.Addin.Service.Endpoints;

/// <summary>The answer of <c>POST /api/sections/{id}/ooxml</c>.</summary>
/// <param name="Ooxml">The flat OPC package for <c>Word.Range.insertOoxml</c>.</param>
public sealed record SectionRenderResponse(string Ooxml);
