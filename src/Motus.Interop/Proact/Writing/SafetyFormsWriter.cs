using Motus.Domain.Records;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Writing;

/// <summary>Writes the adverse-event and con-med forms.</summary>
internal static class SafetyFormsWriter
{
    public static void Write(string directory, IReadOnlyList<PatientRecord> patients, DeltaWriter delta)
    {
        using var events = new CsvTable(directory, ProactSchemas.AdverseEvents);
        using var meds = new CsvTable(directory, ProactSchemas.ConMeds);
        foreach (var record in patients)
        {
            var code = record.Patient.Code;
            foreach (var ae in record.AdverseEvents.Where(r => !r.IsDeleted))
            {
                var d = ae.Details;
                events.Set(ProactSchemas.SubjectId, code)
                    .Set("Lowest_Level_Term", d.VerbatimTerm)
                    .Set("Preferred_Term", d.MeddraPreferredTerm)
                    .Set("System_Organ_Class", d.MeddraSystemOrganClass)
                    .Set("Severity", SafetyVocabulary.Format(d.Grade))
                    .Set("Outcome", SafetyVocabulary.Format(d.Outcome))
                    .Set("Start_Date_Delta", delta.Of(d.OnsetDate))
                    .Set("End_Date_Delta", delta.Of(d.ResolutionDate))
                    .EndRow();
            }

            foreach (var m in record.Medications.Where(r => !r.IsDeleted))
            {
                var d = m.Details;
                meds.Set(ProactSchemas.SubjectId, code)
                    .Set("Medication_Coded", d.Name)
                    .Set("Start_Delta", delta.Of(d.StartDate))
                    .Set("Stop_Delta", delta.Of(d.StopDate))
                    .Set("Dose", d.Dose)
                    .Set("Unit", d.Unit)
                    .Set("Frequency", d.Frequency)
                    .Set("Route", d.Route)
                    .EndRow();
            }
        }
    }
}
