namespace Motus.Web.Hosting;

/// <summary>The stylesheet and the one script, embedded in the assembly so that the host serves it wherever it runs from (also inside the CLI).</summary>
public static class Assets
{
    private static readonly Lazy<byte[]> Css = new(() => Read("Motus.Web.site.css"));
    private static readonly Lazy<byte[]> ScoreFormScript = new(() => Read("Motus.Web.score-form.js"));

    private static byte[] Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Maps <c>/assets/site.css</c> (anonymous: the sign-in page needs it) and <c>/assets/score-form.js</c> (the scored forms' live sums).</summary>
    public static WebApplication MapMotusAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/assets/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/assets/score-form.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(ScoreFormScript.Value, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
