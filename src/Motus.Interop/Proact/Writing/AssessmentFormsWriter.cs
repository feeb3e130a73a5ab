using Motus.Domain.Assessments;
using Motus.Domain.Records;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Writing;

/// <summary>Writes the assessment forms: ALSFRS, FVC, SVC and vital signs.</summary>
internal static class AssessmentFormsWriter
{
    public static void Write(string directory, IReadOnlyList<PatientRecord> patients, DeltaWriter delta)
    {
        using var alsfrs = new CsvTable(directory, ProactSchemas.Alsfrs);
        using var fvc = new CsvTable(directory, ProactSchemas.Fvc);
        using var svc = new CsvTable(directory, ProactSchemas.Svc);
        using var vitals = new CsvTable(directory, ProactSchemas.VitalSigns);
        foreach (var record in patients)
        {
            var code = record.Patient.Code;
            foreach (var a in record.Alsfrs.Where(r => !r.IsDeleted))
            {
                WriteAlsfrs(alsfrs.Set(ProactSchemas.SubjectId, code), a.Details, delta);
            }

            foreach (var t in record.VitalCapacity.Where(r => !r.IsDeleted))
            {
                var d = t.Details;
                var forced = d.Kind == VitalCapacityKind.Forced;
                (forced ? fvc : svc).Set(ProactSchemas.SubjectId, code)
                    .Set("Subject_Liters_Trial_1", d.Trial1Litres)
                    .Set(forced ? "Subject_Liters_Trial_2" : "Subject_Liters__Trial_2_", d.Trial2Litres)
                    .Set(forced ? "Subject_Liters_Trial_3" : "Subject_Liters__Trial_3_", d.Trial3Litres)
                    .Set("pct_of_Normal_Trial_1", d.Trial1Percent)
                    .Set("pct_of_Normal_Trial_2", d.Trial2Percent)
                    .Set("pct_of_Normal_Trial_3", d.Trial3Percent)
                    .Set(forced ? "subject_normal" : "Subject_Normal", d.PredictedLitres)
                    .Set(forced ? "Forced_Vital_Capacity_Delta" : "Slow_vital_Capacity_Delta", delta.Of(d.Date))
                    .EndRow();
            }

            foreach (var v in record.VitalSigns.Where(r => !r.IsDeleted))
            {
                var d = v.Details;
                vitals.Set(ProactSchemas.SubjectId, code)
                    .Set("Weight", d.WeightKg).Set("Weight_Units", d.WeightKg is null ? null : UnitVocabulary.Kilograms)
                    .Set("Height", d.HeightCm).Set("Height_Units", d.HeightCm is null ? null : UnitVocabulary.Centimetres)
                    .Set("Vital_Signs_Delta", delta.Of(d.Date))
                    .EndRow();
            }
        }
    }

    private static void WriteAlsfrs(CsvTable table, AlsfrsDetails d, DeltaWriter delta)
    {
        var revised = d.Scale == AlsfrsScale.AlsfrsR;
        table.Set("Q1_Speech", d.Q1Speech)
            .Set("Q2_Salivation", d.Q2Salivation)
            .Set("Q3_Swallowing", d.Q3Swallowing)
            .Set("Q4_Handwriting", d.Q4Handwriting)
            .Set("Q5a_Cutting_without_Gastrostomy", d.Q5aCutting)
            .Set("Q5b_Cutting_with_Gastrostomy", d.Q5bCuttingGastrostomy)
            .Set("Q6_Dressing_and_Hygiene", d.Q6Dressing)
            .Set("Q7_Turning_in_Bed", d.Q7Turning)
            .Set("Q8_Walking", d.Q8Walking)
            .Set("Q9_Climbing_Stairs", d.Q9Stairs)
            .Set("Q10_Respiratory", d.Q10Respiratory)
            .Set("ALSFRS_Delta", delta.Of(d.Date))
            .Set(revised ? "ALSFRS_R_Total" : "ALSFRS_Total", d.RecordedTotal)
            .Set("R_1_Dyspnea", d.R1Dyspnea)
            .Set("R_2_Orthopnea", d.R2Orthopnea)
            .Set("R_3_Respiratory_Insufficiency", d.R3RespiratoryInsufficiency)
            .Set("Mode_of_Administration", AlsfrsVocabulary.Format(d.Mode))
            .Set("ALSFRS_Responded_By", AlsfrsVocabulary.Format(d.Respondent))
            .EndRow();
    }
}
