using System.Globalization;
using Motus.Domain.Events;
using Motus.Domain.Records;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Writing;

/// <summary>Writes the per-patient forms: Demographics, ALS history, riluzole, treatment and death data.</summary>
internal static class PatientFormsWriter
{
    public static void Write(string directory, IReadOnlyList<PatientRecord> patients, DeltaWriter delta)
    {
        using var demographics = new CsvTable(directory, ProactSchemas.Demographics);
        using var history = new CsvTable(directory, ProactSchemas.AlsHistory);
        using var riluzole = new CsvTable(directory, ProactSchemas.Riluzole);
        using var treatment = new CsvTable(directory, ProactSchemas.Treatment);
        using var death = new CsvTable(directory, ProactSchemas.DeathData);
        foreach (var record in patients)
        {
            var p = record.Patient.Details;
            // Age in whole years at day 0 reads back as the same year of birth; Date_of_Birth would claim a day Motus does not know.
            demographics.Set(ProactSchemas.SubjectId, p.Code)
                .Set("Age", p.YearOfBirth is { } y ? (delta.Anchor.Year - y).ToString(CultureInfo.InvariantCulture) : null)
                .Set("Sex", PatientVocabulary.Format(p.Sex))
                .EndRow();
            if (p.OnsetDate is not null || p.DiagnosisDate is not null || p.OnsetRegion != Domain.Patients.OnsetRegion.Unknown)
            {
                history.Set(ProactSchemas.SubjectId, p.Code)
                    .Set("Site_of_Onset", PatientVocabulary.Format(p.OnsetRegion))
                    .Set("Onset_Delta", delta.Of(p.OnsetDate))
                    .Set("Diagnosis_Delta", delta.Of(p.DiagnosisDate))
                    .EndRow();
            }

            if (p.RiluzoleAtBaseline is not null || p.RiluzoleReportDate is not null)
            {
                riluzole.Set(ProactSchemas.SubjectId, p.Code)
                    .Set("Subject_used_Riluzole", PatientVocabulary.Format(p.RiluzoleAtBaseline))
                    .Set("Riluzole_use_Delta", delta.Of(p.RiluzoleReportDate))
                    .EndRow();
            }

            if (p.ArmCode is not null)
            {
                treatment.Set(ProactSchemas.SubjectId, p.Code).Set("Study_Arm", p.ArmCode).EndRow();
            }

            foreach (var e in record.Events.Where(e => !e.IsDeleted && e.Details.Kind == ClinicalEventKind.Death))
            {
                death.Set(ProactSchemas.SubjectId, p.Code).Set("Subject_Died", "Yes").Set("Death_Days", delta.Of(e.Details.Date)).EndRow();
            }
        }
    }
}
