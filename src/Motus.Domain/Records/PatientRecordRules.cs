using Motus.Domain.CellTherapy;
using Motus.Domain.Events;
using Motus.Domain.Validation;

namespace Motus.Domain.Records;

/// <summary>
/// Rules that need more than one record of a patient: nothing after death (XR-01), one death (EVT-03), grade-5 events
/// and death (AE-05), the administration an event followed (AE-06), the arm (PAT-08) and the administration series
/// (ADM-03 to ADM-07). Deleted records are ignored. Fields are named <c>Kind.Field</c>, e.g. <c>AdverseEvent.OnsetDate</c>.
/// </summary>
public static class PatientRecordRules
{
    /// <summary>Checks every cross-record rule and returns all violations.</summary>
    public static IReadOnlyList<RuleViolation> Check(PatientRecord record)
    {
        var v = new ViolationList();
        var patient = record.Patient;
        if (record.Study is { } study)
        {
            v.When(patient.ArmCode is { } arm && !study.HasArm(arm), DomainRules.ArmInStudy, "Patient.ArmCode", patient.ArmCode,
                $"arms: {string.Join(", ", study.Arms.Select(a => a.Code))}");
        }

        var deaths = record.Events.Where(e => !e.IsDeleted && e.Details.Kind == ClinicalEventKind.Death).ToList();
        foreach (var extra in deaths.Skip(1))
        {
            v.Add(DomainRules.SingleDeath, "ClinicalEvent.Kind", "Death", $"already recorded on {deaths[0].Details.Date:yyyy-MM-dd}");
        }

        var death = record.Death;
        if (death is not null)
        {
            var deathDate = death.Details.Date;
            foreach (var (date, field) in patient.Details.Dates())
            {
                v.When(date > deathDate, DomainRules.NothingAfterDeath, $"Patient.{field}", date, $"death on {deathDate:yyyy-MM-dd}");
            }

            foreach (var (kind, r) in record.AllRecords().Where(x => !x.Record.IsDeleted && !ReferenceEquals(x.Record, death)))
            {
                foreach (var (date, field) in r.Content.Dates())
                {
                    v.When(date > deathDate, DomainRules.NothingAfterDeath, $"{kind}.{field}", date, $"death on {deathDate:yyyy-MM-dd}");
                }
            }
        }

        var administrations = record.Administrations.Where(a => !a.IsDeleted).ToList();
        foreach (var ae in record.AdverseEvents.Where(a => !a.IsDeleted))
        {
            var d = ae.Details;
            if (d.Grade is { IsFatal: true } && d.ResolutionDate is { } resolved)
            {
                v.When(death?.Details.Date != resolved, DomainRules.GradeFiveNeedsDeath, "AdverseEvent.ResolutionDate", resolved,
                    death is null ? "no death recorded" : $"death recorded on {death.Details.Date:yyyy-MM-dd}");
            }

            if (d.AdministrationId is { } adminId)
            {
                var admin = administrations.Find(a => a.Id == adminId);
                v.When(admin is null || admin.Details.Date > d.OnsetDate, DomainRules.AeFollowsAdministration, "AdverseEvent.AdministrationId", adminId,
                    admin is null ? "no such administration for this patient" : $"given on {admin.Details.Date:yyyy-MM-dd}, onset {d.OnsetDate:yyyy-MM-dd}");
            }
        }

        CheckAdministrations(record, administrations, v);
        return v.Items;
    }

    private static void CheckAdministrations(PatientRecord record, List<Administration> administrations, ViolationList v)
    {
        var patient = record.Patient;
        foreach (var a in administrations)
        {
            var d = a.Details;
            v.Ordered(patient.ConsentDate, "Patient.ConsentDate", d.Date, "Administration.Date", DomainRules.AdministrationAfterConsent);
            if (record.Products.TryGetValue(d.CellProductId, out var product))
            {
                v.Ordered(product.Details.ReleaseDate, "CellProduct.ReleaseDate", d.Date, "Administration.Date", DomainRules.ReleasedBeforeAdministration);
                v.When(product.Details.Origin == CellOrigin.Autologous && product.Details.DonorPatientId != patient.Id,
                    DomainRules.AutologousToDonorOnly, "Administration.CellProductId", product.Details.Lot);
            }
        }

        foreach (var dup in administrations.GroupBy(a => a.Details.DoseNumber).Where(g => g.Count() > 1))
        {
            v.Add(DomainRules.DoseNumberUnique, "Administration.DoseNumber", dup.Key);
        }

        var byDate = administrations.OrderBy(a => a.Details.Date).ThenBy(a => a.Details.DoseNumber).ToList();
        for (var i = 1; i < byDate.Count; i++)
        {
            var (prev, next) = (byDate[i - 1].Details, byDate[i].Details);
            v.When(next.Date > prev.Date && next.DoseNumber < prev.DoseNumber, DomainRules.DoseNumbersInDateOrder, "Administration.DoseNumber", next.DoseNumber,
                $"dose {prev.DoseNumber} has a higher number but was given earlier, on {prev.Date:yyyy-MM-dd}");
        }
    }
}
