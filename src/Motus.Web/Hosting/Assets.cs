namespace Motus.Web.Hosting;

/// <summary>The stylesheet, embedded in the assembly so that the host serves it wherever it runs from (also inside the CLI).</summary>
public static class Assets
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Motus.Web.site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Maps <c>/assets/site.css</c> (anonymous: the sign-in page needs it).</summary>
    public static WebApplication MapMotusAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/assets/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
