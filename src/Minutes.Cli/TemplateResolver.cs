using Minutes.Templating.Diagnostics;
using System;
using System.IO;
using System.Linq;
using Minutes.Templating;
using Minutes.Templating.BuiltIn;

namespace Minutes.Cli;

/// <summary>Turns the --template value into a compiled template, reporting why not.</summary>
internal static class TemplateResolver
{
    /// <summary>A built-in name or a .docx path; null (after writing the errors) when it cannot be used.</summary>
    public static MinutesTemplate? Resolve(string nameOrPath)
    {
        try
        {
            if (BuiltInTemplates.Find(nameOrPath) is not null)
            {
                return MinutesTemplate.BuiltIn(nameOrPath);
            }

            if (!File.Exists(nameOrPath))
            {
                Messages.Error(nameOrPath,
                    $"找不到範本；內建範本有：{string.Join("、", BuiltInTemplates.All.Select(t => t.Name))}，或指定 .docx 檔",
                    $"template not found; built-in templates: {string.Join(", ", BuiltInTemplates.All.Select(t => t.Name))}, or give a .docx file");
                return null;
            }

            return MinutesTemplate.Load(nameOrPath);
        }
        catch (TemplateException e)
        {
            Messages.Diagnostics(e.Diagnostics);
            return null;
        }
    }
}
