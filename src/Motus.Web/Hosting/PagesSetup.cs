using Motus.Web.Queries;
using Motus.Web.Security;

namespace Motus.Web.Hosting;

/// <summary>Server-rendered Razor Pages with antiforgery on every form (secure, same-site cookie).</summary>
public static class PagesSetup
{
    /// <summary>Registers Razor Pages, the page queries and antiforgery.</summary>
    public static IServiceCollection AddMotusPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AuthorizeFolder("/", Policies.Signedin);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "motus.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });
        services.AddScoped<PatientQueries>();
        services.AddSingleton<PatientViewCache>();
        services.AddSingleton<Application.Patients.PatientDirectory>();
        services.AddScoped<StudyOverview>();
        services.AddScoped<StudyDashboard>();
        services.AddScoped<Application.Import.ImportProact>();
        services.AddScoped<Application.Records.EditRecords>();
        services.AddScoped<Application.Patients.EditPatients>();
        services.AddScoped<Application.CellProducts.EditCellProducts>();
        services.AddSingleton<Pages.Evidence.EvidenceSource>();
        return services;
    }

    /// <summary>Maps the pages.</summary>
    public static WebApplication MapMotusPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }
}
