using Motus.Domain.Patients;
using Motus.Domain.Studies;
using Motus.Interop.Proact.Mapping;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Proact.Assembly;

/// <summary>Creates each subject's patient from the details assembled from the per-patient forms, reporting broken rules at the cell each detail came from.</summary>
internal static class PatientFactory
{
    public static void CreateAll(ImportContext ctx, Study study, Site site)
    {
        foreach (var subject in ctx.Subjects.All)
        {
            var created = Patient.Create(study.Id, site.Id, subject.Details, ctx.Options.Today);
            foreach (var violation in created.Violations)
            {
                ViolationReport.Add(ctx, violation, subject.SourceOf(violation.Field));
            }

            subject.Patient = created.IsValid ? created.Value : null;
        }
    }
}
