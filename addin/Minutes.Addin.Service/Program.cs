using System;
using Minutes.Addin.Service.Hosting;

try
{
    AddinServiceApplication.Create(args).Run();
    return 0;
}
catch (AddinConfigurationException wrong)
{
    Console.Error.WriteLine(wrong.Message);
    return AddinConfigurationException.ExitCode;
}
