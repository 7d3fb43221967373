using System.IO;
using Minutes.Templating.Input;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>
/// The engine cases of issue 19, copied from ../shared/cases/engine: each folder holds a
/// template.docx and an input.yaml (variants in sub-folders).
/// </summary>
internal static class EngineCase
{
    public static string Folder(string name) => Path.Combine(Repository.Root, "tests", "Minutes.Templating.Tests", "TestSupport", "Fixtures", "EngineCases", name);

    /// <summary>Compiles the case's template (includes from its folder) and renders its input.</summary>
    public static byte[] Render(string name)
    {
        var folder = Folder(name);
        var meeting = MeetingReader.ReadFile(Path.Combine(folder, "input.yaml")).Meeting!;
        return MinutesTemplate.Load(Path.Combine(folder, "template.docx")).RenderToBytes(meeting);
    }
}
