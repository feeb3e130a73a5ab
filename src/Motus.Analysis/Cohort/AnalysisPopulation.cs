using Motus.Domain.Records;

namespace Motus.Analysis.Cohort;

/// <summary>
/// The first filter of every cohort analysis: soft-deleted patients and patients without an arm are left out and
/// listed as excluded. The kept patients carry their input position.
/// </summary>
internal static class AnalysisPopulation
{
    public static List<(int Index, PatientRecord Record)> WithArm(IEnumerable<PatientRecord> cohort, Exclusions excluded)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var kept = new List<(int, PatientRecord)>();
        var i = -1;
        foreach (var r in cohort)
        {
            i++;
            ArgumentNullException.ThrowIfNull(r);
            if (r.Patient.IsDeleted)
            {
                excluded.Add(i, r.Patient.Code, "patient record deleted");
            }
            else if (string.IsNullOrWhiteSpace(r.Patient.ArmCode))
            {
                excluded.Add(i, r.Patient.Code, "no arm allocated");
            }
            else
            {
                kept.Add((i, r));
            }
        }

        return kept;
    }

    /// <summary>Null for NaN (JSON has no NaN; a missing value is null).</summary>
    public static double? OrNull(double x) => double.IsNaN(x) ? null : x;
}
