using Motus.Analysis.Common;
using Motus.Analysis.Progression;
using Motus.Domain.Assessments;
using Motus.Domain.Patients;
using Motus.Domain.Records;

namespace Motus.Analysis.Prognosis;

/// <summary>
/// Reads the ENCALS predictors from a patient record (current records only): ΔFS from the ALSFRS-R rating nearest to the
/// reference date (default the diagnosis date), diagnostic delay = diagnosis − onset in months (days / 30.4375), age at
/// onset from the year of birth (1 July assumed, years of 365.25 days), best vital capacity % predicted of the nearest
/// FVC or SVC test, bulbar onset, El Escorial "definite", FTD and C9orf72. Every missing input is reported; nothing is
/// imputed. See docs/methods/encals.md.
/// </summary>
public static class EncalsInputReader
{
    /// <summary>Reads the predictors, or the reasons they cannot be read.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="options">Choices; default <see cref="EncalsInputOptions"/>.</param>
    public static EncalsInputs FromRecord(PatientRecord record, EncalsInputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        options ??= new EncalsInputOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDaysFromReference);
        var p = record.Patient;
        var errors = new List<string>();
        var warnings = new List<string>();
        var reference = options.ReferenceDate ?? p.DiagnosisDate;

        double? delay = null;
        if (p.OnsetDate is null)
        {
            errors.Add("No symptom onset date (needed for ΔFS, diagnostic delay and age at onset).");
        }

        if (p.DiagnosisDate is null)
        {
            errors.Add("No diagnosis date (needed for the diagnostic delay).");
        }
        else if (p.OnsetDate is { } o && TimeUnits.MonthsBetween(o, p.DiagnosisDate.Value) is var months)
        {
            if (months > 0)
            {
                delay = months;
            }
            else
            {
                errors.Add("Diagnosis on the onset date: the diagnostic-delay transform needs a delay > 0.");
            }
        }

        double? age = null;
        if (p.YearOfBirth is not { } yob)
        {
            errors.Add("No year of birth (needed for age at onset).");
        }
        else if (p.OnsetDate is { } onset)
        {
            age = (onset.DayNumber - new DateOnly(yob, 7, 1).DayNumber) / 365.25;
            warnings.Add("Age at onset from the year of birth with 1 July assumed (±0.5 years).");
        }

        var (deltaFs, alsfrsDate) = ReadDeltaFs(record, reference, p.DiagnosisDate, options, errors, warnings);
        var (vc, vcDate) = ReadVitalCapacity(record, reference, options, errors);
        var bulbar = ReadBulbar(p.OnsetRegion, options, errors, warnings);
        var definite = ReadDefinite(p.DiagnosticCategory, errors);
        if (p.Ftd is null)
        {
            errors.Add("FTD status not recorded.");
        }

        bool? c9 = p.Genetics is { } g ? (g & GeneticFindings.C9orf72) != 0 : null;
        if (c9 is null && options.Coefficients.C9orf72 is not null)
        {
            errors.Add($"C9orf72 status unknown (not tested) and the set '{options.Coefficients.Name}' needs it: use the TRICALS 7-predictor set, or record the status.");
        }

        var method = $"ENCALS inputs: ΔFS = (48 − ALSFRS-R)/months since onset at the rating nearest to {(options.ReferenceDate is null ? "the diagnosis date" : "the reference date")} "
            + $"(within {options.MaxDaysFromReference} days); delay = diagnosis − onset; age from year of birth (1 July); VC = best % predicted of the nearest test; "
            + $"month = {TimeUnits.DaysPerMonth} days; set '{options.Coefficients.Name}'";
        EncalsPredictors? predictors = errors.Count == 0
            ? new EncalsPredictors(deltaFs!.Value, delay!.Value, age!.Value, vc!.Value, bulbar!.Value, definite!.Value, p.Ftd!.Value, c9)
            : null;
        return new EncalsInputs(p.Code, predictors, reference, alsfrsDate, vcDate, errors, warnings, method);
    }

    private static (double? Value, DateOnly? Date) ReadDeltaFs(PatientRecord record, DateOnly? reference, DateOnly? diagnosis, EncalsInputOptions options, List<string> errors, List<string> warnings)
    {
        if (reference is not { } r)
        {
            return (null, null);
        }

        var rating = Nearest(PatientData.Alsfrs(record).Where(a => a.Scale == AlsfrsScale.AlsfrsR && a.Total is not null), a => a.Date, r, options.MaxDaysFromReference);
        if (rating is null)
        {
            errors.Add($"No ALSFRS-R rating with a total within {options.MaxDaysFromReference} days of {r:yyyy-MM-dd}.");
            return (null, null);
        }

        var dfs = DeltaFs.AtRating(record.Patient, rating);
        if (dfs.Value is not { } value)
        {
            if (record.Patient.OnsetDate is not null)
            {
                errors.Add($"ΔFS not estimable: {dfs.NotEstimableReason}");
            }

            return (null, rating.Date);
        }

        if (rating.Date != diagnosis)
        {
            warnings.Add($"ΔFS measured on {rating.Date:yyyy-MM-dd}, {(diagnosis is { } d ? $"{Math.Abs(rating.Date.DayNumber - d.DayNumber)} days from" : "without")} the diagnosis date: the model was developed with ΔFS at diagnosis (a screening-time ΔFS differs).");
        }

        return (value, rating.Date);
    }

    private static (double? Value, DateOnly? Date) ReadVitalCapacity(PatientRecord record, DateOnly? reference, EncalsInputOptions options, List<string> errors)
    {
        if (reference is not { } r)
        {
            return (null, null);
        }

        var test = Nearest(PatientData.VitalCapacity(record).Where(v => v.BestPercentPredicted is not null), v => v.Date, r, options.MaxDaysFromReference);
        if (test is null)
        {
            errors.Add($"No vital-capacity test with a % predicted value within {options.MaxDaysFromReference} days of {r:yyyy-MM-dd}.");
            return (null, null);
        }

        return (test.BestPercentPredicted, test.Date);
    }

    private static bool? ReadBulbar(OnsetRegion region, EncalsInputOptions options, List<string> errors, List<string> warnings)
    {
        switch (region)
        {
            case OnsetRegion.Unknown:
                errors.Add("Onset region not recorded.");
                return null;
            case OnsetRegion.Bulbar:
                return true;
            case OnsetRegion.LimbAndBulbar when options.LimbAndBulbarCountsAsBulbar:
                warnings.Add("Limb-and-bulbar onset counted as bulbar onset.");
                return true;
            case OnsetRegion.LimbAndBulbar:
                errors.Add("Limb-and-bulbar onset: set LimbAndBulbarCountsAsBulbar to count it as bulbar.");
                return null;
            default:
                return false;
        }
    }

    private static bool? ReadDefinite(DiagnosticCategory category, List<string> errors)
    {
        switch (category)
        {
            case DiagnosticCategory.ElEscorialDefinite:
                return true;
            case DiagnosticCategory.ElEscorialProbable or DiagnosticCategory.ElEscorialProbableLabSupported
                or DiagnosticCategory.ElEscorialPossible or DiagnosticCategory.ElEscorialSuspected:
                return false;
            case DiagnosticCategory.GoldCoastAls or DiagnosticCategory.GoldCoastNotMet:
                errors.Add("Diagnosis recorded under the Gold Coast criteria: the model needs the revised El Escorial category (definite or not).");
                return null;
            default:
                errors.Add("Diagnostic category not recorded (the model needs revised El Escorial 'definite' or not).");
                return null;
        }
    }

    // The item nearest to the reference date within the limit; ties go to the earlier one.
    private static T? Nearest<T>(IEnumerable<T> items, Func<T, DateOnly> date, DateOnly reference, int maxDays) where T : class =>
        items.Select(i => (Item: i, Gap: Math.Abs(date(i).DayNumber - reference.DayNumber)))
            .Where(x => x.Gap <= maxDays)
            .OrderBy(x => x.Gap).ThenBy(x => date(x.Item))
            .Select(x => x.Item)
            .FirstOrDefault();
}
