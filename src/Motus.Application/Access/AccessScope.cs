using Motus.Domain.Common;
using Motus.Domain.Patients;

namespace Motus.Application.Access;

/// <summary>
/// What the current user may see and do: the one place where site isolation and role rights are decided. Every
/// query that reads patients starts from <see cref="Patients"/>; every page and endpoint asks the flags here rather
/// than testing roles itself.
/// </summary>
public sealed record AccessScope
{
    /// <summary>Who acts (recorded as the audit actor).</summary>
    public required string Actor { get; init; }

    /// <summary>True when every site is visible (administrators, the CLI).</summary>
    public bool AllSites { get; init; }

    /// <summary>The visible sites when not <see cref="AllSites"/>.</summary>
    public IReadOnlyList<SiteId> Sites { get; init; } = [];

    /// <summary>May open record-level data: patient pages, records, audit history (not de-identified).</summary>
    public bool CanReadRecords { get; init; }

    /// <summary>May create and change clinical records of visible patients.</summary>
    public bool CanEdit { get; init; }

    /// <summary>May run analyses and open the study dashboard.</summary>
    public bool CanAnalyse { get; init; }

    /// <summary>May import data files (which create studies, sites and patients).</summary>
    public bool CanImport { get; init; }

    /// <summary>May manage users.</summary>
    public bool CanManageUsers { get; init; }

    /// <summary>The scope of the command line, whose user holds the database itself: everything.</summary>
    public static AccessScope Unrestricted(string actor) => new()
    {
        Actor = actor, AllSites = true, CanReadRecords = true, CanEdit = true, CanAnalyse = true, CanImport = true, CanManageUsers = true,
    };

    /// <summary>The scope of a user with <paramref name="roles"/> at <paramref name="sites"/>: the union of the roles' rights.</summary>
    public static AccessScope For(string actor, IEnumerable<string> roles, IEnumerable<Guid> sites)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(sites);
        var set = roles.ToHashSet(StringComparer.Ordinal);
        var admin = set.Contains(MotusRoles.Administrator);
        bool Any(params string[] names) => admin || names.Any(set.Contains);
        return new AccessScope
        {
            Actor = actor,
            AllSites = admin,
            Sites = sites.Distinct().Select(s => new SiteId(s)).ToList(),
            CanReadRecords = Any(MotusRoles.Investigator, MotusRoles.Coordinator, MotusRoles.Monitor),
            CanEdit = Any(MotusRoles.Investigator, MotusRoles.Coordinator),
            CanAnalyse = Any(MotusRoles.Investigator, MotusRoles.Monitor, MotusRoles.Statistician),
            CanImport = admin,
            CanManageUsers = admin,
        };
    }

    /// <summary>The visible patients of <paramref name="patients"/>.</summary>
    public IQueryable<Patient> Patients(IQueryable<Patient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        if (AllSites)
        {
            return patients;
        }

        var sites = Sites.ToList();
        return patients.Where(p => sites.Contains(p.SiteId));
    }

    /// <summary>True when patients of <paramref name="site"/> are visible.</summary>
    public bool Covers(SiteId site) => AllSites || Sites.Contains(site);

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <paramref name="allowed"/>.</summary>
    public void Require(bool allowed, string what)
    {
        if (!allowed)
        {
            throw new AccessDeniedException($"{Actor} may not {what}.");
        }
    }
}
