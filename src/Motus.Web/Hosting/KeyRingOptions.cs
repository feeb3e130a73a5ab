namespace Motus.Web.Hosting;

/// <summary>
/// Where ASP.NET Core data protection keeps its key ring (section <c>DataProtection</c>). The keys sign and encrypt the
/// sign-in cookie and antiforgery tokens: kept in a known folder they survive restarts, and several instances that point
/// at the same folder accept each other's cookies (the application name is fixed to <see cref="ApplicationName"/>).
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>The data-protection application name shared by every Motus instance.</summary>
    public const string ApplicationName = "Motus";

    /// <summary>
    /// <c>DataProtection:KeysPath</c>: the key-ring folder. Unset on SQLite: <c>&lt;SqlitePath&gt;.keys</c> next to the
    /// database file. Required on PostgreSQL (there is no file to put it beside; every instance must share it).
    /// </summary>
    public string? KeysPath { get; set; }
}
