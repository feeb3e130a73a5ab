using Motus.Analysis.Common;
using Motus.Domain.Patients;
using Motus.Domain.Records;

namespace Motus.Analysis.Cohort;

/// <summary>
/// A baseline covariate of a cohort model: a name and how to read its value from a patient's records at the origin
/// date. A null value means missing; models use complete cases and list the patients left out.
/// </summary>
public sealed class CohortCovariate
{
    private readonly Func<PatientRecord, DateOnly, double?> _value;

    private CohortCovariate(string name, string description, Func<PatientRecord, DateOnly, double?> value)
    {
        Name = name;
        Description = description;
        _value = value;
    }

    /// <summary>The column name in results.</summary>
    public string Name { get; }

    /// <summary>Definition and unit, for method strings.</summary>
    public string Description { get; }

    /// <summary>
    /// Age at the origin in years: (origin − 1 July of the year of birth) / 365.25 days. Only the year of birth is
    /// stored (identifiability), so this is mid-year age, within ±0.5 years of the true age.
    /// </summary>
    public static CohortCovariate AgeAtOrigin { get; } = new("age", "age at origin, years (from 1 July of the year of birth)",
        (r, o) => r.Patient.YearOfBirth is { } y ? (o.DayNumber - new DateOnly(y, 7, 1).DayNumber) / 365.25 : null);

    /// <summary>Male = 1, female = 0; unknown sex is missing.</summary>
    public static CohortCovariate Male { get; } = new("male", "male sex (1) vs female (0)",
        (r, _) => r.Patient.Sex switch { Sex.Male => 1, Sex.Female => 0, _ => null });

    /// <summary>
    /// Bulbar onset = 1 (bulbar, or limb and bulbar together), any other recorded region = 0; unknown region is missing.
    /// </summary>
    public static CohortCovariate BulbarOnset { get; } = new("bulbar_onset", "bulbar onset (1; includes limb-and-bulbar) vs other regions (0)",
        (r, _) => r.Patient.OnsetRegion switch
        {
            OnsetRegion.Unknown => null,
            OnsetRegion.Bulbar or OnsetRegion.LimbAndBulbar => 1,
            _ => 0,
        });

    /// <summary>Diagnostic delay (diagnosis − onset) in months of 30.4375 days; missing when either date is.</summary>
    public static CohortCovariate DiagnosticDelayMonths { get; } = new("diagnostic_delay", "diagnostic delay, months",
        (r, _) => r.Patient.DiagnosticDelayDays is { } d ? d / TimeUnits.DaysPerMonth : null);

    /// <summary>
    /// ΔFS, the pre-baseline progression rate: (48 − baseline ALSFRS-R total) / months from onset to the baseline
    /// rating (als-methods.md §2.1), baseline chosen by <see cref="AlsfrsRatings.Baseline"/> in <paramref name="window"/>.
    /// Computed by <see cref="Progression.DeltaFs.Compute"/>, the one ΔFS formula of Motus. Missing without onset date
    /// or baseline rating, or when the rating is not after onset.
    /// </summary>
    /// <param name="window">Where the baseline rating may lie around the origin; null for <see cref="BaselineWindow.Default"/>.</param>
    public static CohortCovariate DeltaFs(BaselineWindow? window = null)
    {
        var w = window ?? BaselineWindow.Default;
        w.Validate();
        return new CohortCovariate("delta_fs", $"ΔFS = (48 − baseline ALSFRS-R) / months from onset, points/month (baseline within −{w.DaysBefore}/+{w.DaysAfter} days of origin)",
            (r, o) =>
            {
                if (r.Patient.OnsetDate is not { } onset || AlsfrsRatings.Baseline(r, o, w) is not { } b)
                {
                    return null;
                }

                // AlsfrsRatings gives ALSFRS-R totals only; a rating on or before onset comes back not estimable (null).
                return Progression.DeltaFs.Compute(onset, b.Date, b.Total).Value;
            });
    }

    /// <summary>A user-defined covariate.</summary>
    /// <param name="name">Column name (non-empty).</param>
    /// <param name="description">Definition and unit.</param>
    /// <param name="value">Reads the value from the records and the origin date; null = missing. Must return finite numbers.</param>
    public static CohortCovariate Custom(string name, string description, Func<PatientRecord, DateOnly, double?> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(value);
        return new CohortCovariate(name, description, value);
    }

    /// <summary>The value for a patient at the origin date; null when missing (a non-finite value counts as missing).</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="origin">The origin date.</param>
    public double? ValueFor(PatientRecord record, DateOnly origin) => _value(record, origin) is { } v && double.IsFinite(v) ? v : null;
}
