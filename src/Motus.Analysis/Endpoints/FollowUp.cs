using Motus.Domain.Records;

namespace Motus.Analysis.Endpoints;

/// <summary>Follow-up dates of a patient: the time origins and the last contact. Soft-deleted records are ignored.</summary>
public static class FollowUp
{
    /// <summary>
    /// The last contact: the latest date of any current clinical record (every date field: ratings, tests, events and
    /// NIV interval ends, administrations, adverse-event onsets and resolutions, medication starts and stops) and of
    /// the patient's consent, enrolment, withdrawal and riluzole-report dates. Onset and diagnosis are not contacts
    /// with the study and do not count. Null when there is no such date.
    /// </summary>
    /// <param name="record">The patient and records.</param>
    public static DateOnly? LastContact(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        DateOnly? last = null;
        foreach (var (_, r) in record.AllRecords())
        {
            if (r.IsDeleted)
            {
                continue;
            }

            foreach (var (date, _) in r.Content.Dates())
            {
                last = Later(last, date);
            }
        }

        var p = record.Patient;
        foreach (var date in new[] { p.ConsentDate, p.EnrolmentDate, p.WithdrawalDate, p.RiluzoleReportDate })
        {
            last = Later(last, date);
        }

        return last;
    }

    /// <summary>The date of <paramref name="origin"/> for this patient, or null when it is not recorded.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="origin">Which clock.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="origin"/> is not a defined value.</exception>
    public static DateOnly? OriginDate(PatientRecord record, TimeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(record);
        return origin switch
        {
            TimeOrigin.Onset => record.Patient.OnsetDate,
            TimeOrigin.Diagnosis => record.Patient.DiagnosisDate,
            TimeOrigin.Enrolment => record.Patient.EnrolmentDate,
            TimeOrigin.FirstAdministration => FirstAdministration(record),
            TimeOrigin.FirstRating => record.Alsfrs.Where(a => !a.IsDeleted).Select(a => (DateOnly?)a.Details.Date).Min(),
            _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Unknown time origin."),
        };
    }

    /// <summary>The date of the earliest current administration, or null when there is none.</summary>
    /// <param name="record">The patient and records.</param>
    public static DateOnly? FirstAdministration(PatientRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        DateOnly? first = null;
        foreach (var a in record.Administrations)
        {
            if (!a.IsDeleted && (first is null || a.Details.Date < first))
            {
                first = a.Details.Date;
            }
        }

        return first;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
