using System.Globalization;
using Motus.Domain.Records;

namespace Motus.Analysis.Safety;

/// <summary>
/// Safety tables of a cohort (trial-methods.md §4.3): an overview, adverse events by category × CTCAE grade and by
/// relatedness to product and to procedure (patients counted once at their worst grade, and events), incidence per
/// administration by dose number and route, exposure-adjusted rates per 100 patient-months (exposure = first
/// administration to last contact) with exact Poisson intervals, Clopper–Pearson intervals for proportions, and
/// serious-event and death listings. Soft-deleted patients and records are ignored. See docs/methods/safety.md.
/// </summary>
public static class SafetyTables
{
    /// <summary>The label of the column with every patient.</summary>
    public const string AllArms = ArmGroups.All;

    /// <summary>The label of patients without an arm.</summary>
    public const string NoArm = SafetyPatient.NoArm;

    /// <summary>Builds every table.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="options">Population, window, attribution and level; null for <see cref="SafetyOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static SafetyReport Build(IEnumerable<PatientRecord> cohort, SafetyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        options ??= SafetyOptions.Default;
        options.Validate();
        var patients = cohort.Where(r => !r.Patient.IsDeleted).Select(r => new SafetyPatient(r, options.Window))
            .Where(p => options.Population == SafetyPopulation.AllPatients || p.FirstAdministration is not null)
            .ToList();
        var groups = ArmGroups.Of(patients);
        var warnings = new List<string>();
        var level = options.ConfidenceLevel;
        var arms = groups.Select(g => new ArmExposure(g.Arm, g.Patients.Count, g.Patients.Count(p => p.FirstAdministration is not null),
            g.Patients.Sum(p => p.Administrations.Count), g.Patients.Sum(p => p.ExposureMonths))).ToList();
        return new SafetyReport(
            Describe(options),
            arms,
            AeTables.Overview(groups, level),
            AeTables.Counts(groups, null, level),
            AeTables.Counts(groups, e => e.RelatednessToProduct, level),
            AeTables.Counts(groups, e => e.RelatednessToProcedure, level),
            AdministrationTables.Build(groups, options, warnings),
            ExposureTables.Build(groups, level),
            SafetyListings.Serious(patients),
            SafetyListings.Deaths(patients),
            warnings);
    }

    private static string Describe(SafetyOptions o)
    {
        var population = o.Population == SafetyPopulation.AllPatients ? "all patients" : "patients with at least one administration";
        var window = o.Window == AeWindow.AllRecorded ? "every recorded adverse event" : "treatment-emergent events (onset on or after the first administration)";
        var link = o.LinkWindowDays is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"the recorded administration, else the latest administration within {w} days before onset")
            : "the recorded administration only";
        return string.Create(CultureInfo.InvariantCulture,
            $"Safety population: {population}; events: {window}; patients counted once per row at their worst CTCAE grade, events at their own grade; " +
            $"related = possible, probable or definite; per-administration attribution: {link}; exposure = first administration to last contact, " +
            $"months of 30.4375 days, rates per 100 patient-months with exact Poisson (Garwood) limits; proportions with Clopper–Pearson limits; " +
            $"level {o.ConfidenceLevel * 100:0.##}%");
    }
}
