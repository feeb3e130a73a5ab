using System.Globalization;
using System.Text;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Tests.Proact;

/// <summary>
/// Writes a large, valid, synthetic PRO-ACT folder (about 35 rows per subject over every form) for throughput
/// measurements. Values follow a seeded pattern; nothing resembles real data.
/// </summary>
internal static class LargeProactFolder
{
    public static long Generate(string directory, int subjects, int seed = 42)
    {
        var random = new Random(seed);
        var writers = ProactSchemas.All.ToDictionary(s => s.Form, s => new Form(Path.Combine(directory, s.FileName), s));
        try
        {
            for (var i = 0; i < subjects; i++)
            {
                WriteSubject(writers, 100_000 + i, random);
            }
        }
        finally
        {
            foreach (var w in writers.Values)
            {
                w.Dispose();
            }
        }

        return writers.Values.Sum(w => w.Rows);
    }

    private static void WriteSubject(Dictionary<ProactForm, Form> w, int id, Random random)
    {
        var s = id.ToString(CultureInfo.InvariantCulture);
        var died = id % 5 == 0;
        var last = died ? 330 : 360;
        w[ProactForm.Demographics].Row(("subject_id", s), ("Demographics_Delta", "0"), ("Age", I(40 + random.Next(35))), ("Sex", id % 2 == 0 ? "Male" : "Female"));
        var onset = -200 - random.Next(600);
        w[ProactForm.AlsHistory].Row(("subject_id", s), ("Site_of_Onset", id % 3 == 0 ? "Onset: Bulbar" : "Onset: Limb"), ("Onset_Delta", I(onset)),
            ("Diagnosis_Delta", I(onset + 100 + random.Next(90))), ("Subject_ALS_History_Delta", "0"));
        w[ProactForm.Riluzole].Row(("subject_id", s), ("Subject_used_Riluzole", id % 4 == 0 ? "No" : "Yes"), ("Riluzole_use_Delta", "0"));
        w[ProactForm.Treatment].Row(("subject_id", s), ("Study_Arm", id % 2 == 0 ? "Active" : "Placebo"), ("Treatment_Group_Delta", "0"));
        for (var visit = 0; visit < 12; visit++)
        {
            var items = Enumerable.Range(0, 12).Select(_ => 1 + random.Next(4)).ToArray();
            w[ProactForm.Alsfrs].Row(("subject_id", s), ("Q1_Speech", I(items[0])), ("Q2_Salivation", I(items[1])), ("Q3_Swallowing", I(items[2])),
                ("Q4_Handwriting", I(items[3])), ("Q5a_Cutting_without_Gastrostomy", I(items[4])), ("Q6_Dressing_and_Hygiene", I(items[5])),
                ("Q7_Turning_in_Bed", I(items[6])), ("Q8_Walking", I(items[7])), ("Q9_Climbing_Stairs", I(items[8])),
                ("R_1_Dyspnea", I(items[9])), ("R_2_Orthopnea", I(items[10])), ("R_3_Respiratory_Insufficiency", I(items[11])),
                ("ALSFRS_R_Total", I(items.Sum())), ("ALSFRS_Delta", I(visit * 30)), ("Mode_of_Administration", "Clinic"), ("ALSFRS_Responded_By", "Patient"));
        }

        for (var visit = 0; visit < 6; visit++)
        {
            var litres = 2 + random.NextDouble() * 2;
            w[ProactForm.Fvc].Row(("subject_id", s), ("Subject_Liters_Trial_1", D(litres)), ("pct_of_Normal_Trial_1", D(litres * 22)),
                ("Subject_Liters_Trial_2", D(litres * 0.98)), ("pct_of_Normal_Trial_2", D(litres * 21.5)), ("subject_normal", "4.5"),
                ("Forced_Vital_Capacity_Delta", I(visit * 60)));
            w[ProactForm.VitalSigns].Row(("subject_id", s), ("Weight", D(50 + random.NextDouble() * 60)), ("Weight_Units", "kg"),
                ("Height", visit == 0 ? "170" : ""), ("Height_Units", visit == 0 ? "cm" : ""), ("Pulse", "70"), ("Vital_Signs_Delta", I(visit * 60)));
        }

        for (var ae = 0; ae < 4; ae++)
        {
            w[ProactForm.AdverseEvents].Row(("subject_id", s), ("Lowest_Level_Term", "Headache " + I(ae)), ("Preferred_Term", "Headache"),
                ("System_Organ_Class", "Nervous system disorders"), ("Severity", "Mild"), ("Outcome", "Recovered"),
                ("Start_Date_Delta", I(ae * 50)), ("End_Date_Delta", I(ae * 50 + 3)));
        }

        foreach (var (name, start) in new[] { ("Riluzole", -100), ("Baclofen", 10), ("Paracetamol", 40) })
        {
            w[ProactForm.ConMeds].Row(("subject_id", s), ("Medication_Coded", name), ("Start_Delta", I(start)), ("Dose", "50"), ("Unit", "mg"));
        }

        if (died)
        {
            w[ProactForm.DeathData].Row(("subject_id", s), ("Subject_Died", "Yes"), ("Death_Days", I(last)));
        }
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private sealed class Form : IDisposable
    {
        private readonly StreamWriter _writer;
        private readonly FormSchema _schema;
        private readonly string[] _cells;

        public Form(string path, FormSchema schema)
        {
            _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            _schema = schema;
            _cells = new string[schema.Columns.Count];
            _writer.Write(string.Join(',', schema.Columns));
            _writer.Write('\n');
        }

        public long Rows { get; private set; }

        public void Row(params (string Column, string Value)[] cells)
        {
            Array.Fill(_cells, "");
            foreach (var (column, value) in cells)
            {
                _cells[_schema.Col(column)] = value;
            }

            _writer.Write(string.Join(',', _cells));
            _writer.Write('\n');
            Rows++;
        }

        public void Dispose() => _writer.Dispose();
    }
}
