using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Minutes.Addin.Service.Hosting;

/// <summary>
/// Reads a JSON request body and turns every way it can fail into problem details: 415 for a
/// body that is not JSON, 413 for one over the limit, 400 naming the JSON path for malformed JSON,
/// Kestrel's own status (such as 408 for a body sent too slowly) for a body it refuses.
/// </summary>
public static class JsonRequestReader
{
    /// <summary>Reads the body as <typeparamref name="T"/>.</summary>
    /// <returns>The value, or the problem to answer with.</returns>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType());
        }

        // Any other charset (an unknown name, utf-7 …) is refused here. The body is then read as
        // UTF-8 by the serializer itself: ReadFromJsonAsync parses the charset again and throws
        // (a 500) on forms HTTP allows, such as a quoted "utf-8", or utf8.
        var charset = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) ? mediaType.Charset.Value?.Trim('"') : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.UnsupportedCharset(charset));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null
                ? (null, Problems.InvalidField("", "empty-body", "請求內容不可為空", "the request body must be a JSON object"))
                : (value, null);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<AddinOptions>>().Value.MaxRequestBodyBytes;
            return (null, Problems.PayloadTooLarge(limit));
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own refusals while the body is read keep their status, such as 408 for a
            // body slower than Kestrel:Limits:MinRequestBodyDataRate (an IOException, below, would say 400).
            return (null, Results.Problem(statusCode: exception.StatusCode));
        }
        catch (JsonException exception)
        {
            var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
            return (null, Problems.InvalidField(path!, "malformed-json",
                $"JSON 格式錯誤，位置：{path}", $"malformed JSON at {path}"));
        }
        catch (IOException)
        {
            return (null, Problems.InvalidField("", "unreadable-body", "無法讀取請求內容", "the request body could not be read"));
        }
    }
}
