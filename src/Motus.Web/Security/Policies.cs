using Motus.Application.Access;

namespace Motus.Web.Security;

/// <summary>Authorization policies. Each asks one flag of the request's <see cref="AccessScope"/>; none tests roles itself.</summary>
public static class Policies
{
    /// <summary>Any signed-in, enabled user.</summary>
    public const string Signedin = "signed-in";
    /// <summary><see cref="AccessScope.CanReadRecords"/>.</summary>
    public const string ReadRecords = "read-records";
    /// <summary><see cref="AccessScope.CanEdit"/>.</summary>
    public const string Edit = "edit";
    /// <summary><see cref="AccessScope.CanAnalyse"/>.</summary>
    public const string Analyse = "analyse";
    /// <summary><see cref="AccessScope.CanImport"/>.</summary>
    public const string Import = "import";
    /// <summary><see cref="AccessScope.CanManageUsers"/>.</summary>
    public const string ManageUsers = "manage-users";

    /// <summary>The flag each policy asks.</summary>
    public static IReadOnlyDictionary<string, Func<AccessScope, bool>> Rules { get; } = new Dictionary<string, Func<AccessScope, bool>>(StringComparer.Ordinal)
    {
        [Signedin] = _ => true,
        [ReadRecords] = s => s.CanReadRecords,
        [Edit] = s => s.CanEdit,
        [Analyse] = s => s.CanAnalyse,
        [Import] = s => s.CanImport,
        [ManageUsers] = s => s.CanManageUsers,
    };
}
