using System;
using Microsoft.Extensions.Logging;

namespace Minutes.Templating.Hosting;

/// <summary>The catalog's log messages, with stable event ids.</summary>
internal static partial class CatalogLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Found {Count} minutes templates, {FromFolders} from template folders")]
    public static partial void Found(ILogger logger, int count, int fromFolders);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Template folder {Folder} does not exist")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Compiled minutes template {Name} from {Source} in {ElapsedMs} ms")]
    public static partial void Compiled(ILogger logger, string name, string source, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Minutes template {Name} from {Source} has {Count} errors")]
    public static partial void CompileFailed(ILogger logger, Exception error, string name, string source, int count);
}
