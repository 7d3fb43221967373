using Minutes.Templating.Diagnostics;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Validation;

namespace Minutes.Cli;

/// <summary>Reports a failed render of one input file with every problem located in that file.</summary>
internal static class RenderErrors
{
    /// <summary>A template failure; problems without a place are placed at the input file.</summary>
    public static void Report(TemplateException e, string file) =>
        Messages.Diagnostics(e.Diagnostics.Select(d => d with { Path = d.Path.Length > 0 ? d.Path : file }));

    /// <summary>An invalid meeting; each problem gets the line and column of its data path in the input.</summary>
    public static void Report(InvalidMeetingException e, MeetingReadResult read) =>
        Messages.Diagnostics(e.Diagnostics.Select(d => d with { Location = d.Location ?? read.Locate(d.Path) }));
}
