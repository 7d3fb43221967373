using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Templating;
using Minutes.Templating.Hosting;
using Minutes.Templating.Input;

// Renders a meeting file with the package's built-in minutes template, taken from the
// dependency-injection container as an ASP.NET Core application would, then checks the
// document: OpenXmlValidator finds no error and the embedded meeting reads back equal.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SeedConsumer <meeting.yaml> <output.docx>");
    return 2;
}

var read = MeetingReader.ReadFile(args[0]);
if (!read.Succeeded)
{
    foreach (var diagnostic in read.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 1;
}

using var services = new ServiceCollection().AddMinutesTemplating().BuildServiceProvider();
var templates = services.GetRequiredService<IMinutesTemplates>();
templates.GetTemplate("minutes").RenderToFile(read.Meeting!, args[1]);

using (var document = WordprocessingDocument.Open(args[1], false))
{
    var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"{error.Path?.XPath}: {error.Description}");
    }

    if (errors.Count > 0)
    {
        return 1;
    }
}

using (var document = File.OpenRead(args[1]))
{
    if (MinutesTemplate.Extract(document) != read.Meeting)
    {
        Console.Error.WriteLine("the meeting extracted from the document differs from the input");
        return 1;
    }
}

Console.WriteLine($"valid: {args[1]} ({new FileInfo(args[1]).Length} bytes; templates: {string.Join(", ", templates.Names)})");
return 0;
