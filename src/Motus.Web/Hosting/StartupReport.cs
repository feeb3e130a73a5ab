namespace Motus.Web.Hosting;

/// <summary>What start-up did: the migrations applied and, on a first start, the administrator it created.</summary>
public sealed class StartupReport
{
    /// <summary>Migrations applied at start (clinical, then accounts).</summary>
    public IReadOnlyList<string> MigrationsApplied { get; set; } = [];

    /// <summary>The administrator created because no user existed, with the generated password; null otherwise.</summary>
    public Application.Accounts.CreatedUser? CreatedAdministrator { get; set; }
}
