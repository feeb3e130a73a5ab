namespace Motus.Application.Access;

/// <summary>The roles a user can hold; what each may do is decided in one place, <see cref="AccessScope.For"/>.</summary>
public static class MotusRoles
{
    /// <summary>Manages users, imports data; reads and changes every site's patients.</summary>
    public const string Administrator = "Administrator";
    /// <summary>Reads and changes the patients of their sites; runs analyses.</summary>
    public const string Investigator = "Investigator";
    /// <summary>Reads and changes the patients of their sites (data entry).</summary>
    public const string Coordinator = "Coordinator";
    /// <summary>Reads everything at their sites, changes nothing.</summary>
    public const string Monitor = "Monitor";
    /// <summary>Reads de-identified data (aggregates and pseudonymous lists, no record pages or audit history) and runs analyses at their sites.</summary>
    public const string Statistician = "Statistician";

    /// <summary>Every role, in the order shown to users.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Investigator, Coordinator, Monitor, Statistician];

    /// <summary>The role spelled <paramref name="name"/> (case-insensitive), or null.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
