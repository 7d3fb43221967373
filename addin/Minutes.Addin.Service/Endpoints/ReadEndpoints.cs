using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minutes.Addin.Service.Endpoints;

/// <summary>Maps endpoints that read: GET, and HEAD for the monitors and load balancers that probe with it.</summary>
internal static class ReadEndpoints
{
    private static readonly string[] Methods = { HttpMethods.Get, HttpMethods.Head };

    /// <summary>Like <c>MapGet</c>, answering HEAD as well (Kestrel sends the headers without the body).</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
