namespace Motus.Interop.Proact.Schema;

/// <summary>
/// The columns of every form Motus reads, as listed in the PRO-ACT reference (als-methods.md §6.3). The vital-signs
/// list beyond height and weight comes from public PRO-ACT processing code, not from the data dictionary.
/// </summary>
internal static class ProactSchemas
{
    public const string SubjectId = "subject_id";

    public static readonly FormSchema Demographics = new(ProactForm.Demographics, "DEMOGRAPHICS", "demographics.csv",
        [SubjectId, "Demographics_Delta", "Age", "Date_of_Birth", "Ethnicity", "Race_Americ_Indian_Alaska_Native", "Race_Asian",
            "Race_Black_African_American", "Race_Hawaiian_Pacific_Islander", "Race_Unknown", "Race_Caucasian", "Race_Other",
            "Race_Other_Specify", "Sex"],
        required: [SubjectId, "Demographics_Delta", "Sex"],
        deltas: ["Demographics_Delta", "Date_of_Birth"]);

    public static readonly FormSchema AlsHistory = new(ProactForm.AlsHistory, "ALSHISTORY", "AlsHistory.csv",
        [SubjectId, "Site_of_Onset___Bulbar", "Site_of_Onset___Limb", "Site_of_Onset___Limb_and_Bulbar", "Site_of_Onset___Other",
            "Site_of_Onset___Other_Specify", "Site_of_Onset___Spine", "Disease_Duration", "Symptom", "Symptom_Other_Specify", "Location",
            "Location_Other_Specify", "Site_of_Onset", "Onset_Delta", "Diagnosis_Delta", "Subject_ALS_History_Delta"],
        required: [SubjectId, "Site_of_Onset", "Onset_Delta", "Diagnosis_Delta", "Subject_ALS_History_Delta"],
        deltas: ["Onset_Delta", "Diagnosis_Delta", "Subject_ALS_History_Delta"]);

    public static readonly FormSchema Alsfrs = new(ProactForm.Alsfrs, "ALSFRS", "alsfrs.csv",
        [SubjectId, "Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting", "Q5a_Cutting_without_Gastrostomy",
            "Q5b_Cutting_with_Gastrostomy", "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed", "Q8_Walking", "Q9_Climbing_Stairs",
            "Q10_Respiratory", "ALSFRS_Delta", "ALSFRS_Total", "ALSFRS_R_Total", "R_1_Dyspnea", "R_2_Orthopnea",
            "R_3_Respiratory_Insufficiency", "Mode_of_Administration", "ALSFRS_Responded_By"],
        required: [SubjectId, "Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting", "Q5a_Cutting_without_Gastrostomy",
            "Q5b_Cutting_with_Gastrostomy", "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed", "Q8_Walking", "Q9_Climbing_Stairs", "ALSFRS_Delta"],
        deltas: ["ALSFRS_Delta"]);

    public static readonly FormSchema Fvc = new(ProactForm.Fvc, "FVC", "Fvc.csv",
        [SubjectId, "Subject_Liters_Trial_1", "pct_of_Normal_Trial_1", "Subject_Liters_Trial_2", "pct_of_Normal_Trial_2",
            "Subject_Liters_Trial_3", "pct_of_Normal_Trial_3", "subject_normal", "Forced_Vital_Capacity_Units", "Forced_Vital_Capacity_Delta"],
        required: [SubjectId, "Subject_Liters_Trial_1", "pct_of_Normal_Trial_1", "Forced_Vital_Capacity_Delta"],
        deltas: ["Forced_Vital_Capacity_Delta"]);

    public static readonly FormSchema Svc = new(ProactForm.Svc, "SVC", "Svc.csv",
        [SubjectId, "Subject_Liters_Trial_1", "pct_of_Normal_Trial_1", "Subject_Liters__Trial_2_", "pct_of_Normal_Trial_2",
            "Subject_Liters__Trial_3_", "pct_of_Normal_Trial_3", "Subject_Normal", "Slow_Vital_Capacity_Units", "Slow_vital_Capacity_Delta"],
        required: [SubjectId, "Subject_Liters_Trial_1", "pct_of_Normal_Trial_1", "Slow_vital_Capacity_Delta"],
        deltas: ["Slow_vital_Capacity_Delta"]);

    public static readonly FormSchema VitalSigns = new(ProactForm.VitalSigns, "VITALSIGNS", "VitalSigns.csv",
        [SubjectId, "Height", "Height_Units", "Weight", "Weight_Units", "Baseline_Weight", "Endpoint_Weight",
            "Blood_Pressure_Diastolic", "Blood_Pressure_Diastolic_Units", "Blood_Pressure_Systolic", "Blood_Pressure_Systolic_Units",
            "Pulse", "Pulse_Units", "Respiratory_Rate", "Respiratory_Rate_Units", "Temperature", "Temperature_Units",
            "Supine_BP_Diastolic", "Supine_BP_Systolic", "Supine_Pulse", "Standing_BP_Diastolic", "Standing_BP_Systolic", "Standing_Pulse",
            "Baseline_Supine_BP_Diastolic", "Baseline_Supine_BP_Systolic", "Baseline_Supine_Pulse",
            "Baseline_Standing_BP_Diastolic", "Baseline_Standing_BP_Systolic", "Baseline_Standing_Pulse",
            "Endpoint_Supine_BP_Diastolic", "Endpoint_Supine_BP_Systolic", "Endpoint_Supine_Pulse",
            "Endpoint_Standing_BP_Diastolic", "Endpoint_Standing_BP_Systolic", "Endpoint_Standing_Pulse", "Vital_Signs_Delta"],
        required: [SubjectId, "Height", "Height_Units", "Weight", "Weight_Units", "Vital_Signs_Delta"],
        deltas: ["Vital_Signs_Delta"]);

    public static readonly FormSchema Riluzole = new(ProactForm.Riluzole, "RILUZOLE", "Riluzole.csv",
        [SubjectId, "Subject_used_Riluzole", "Riluzole_use_Delta"],
        required: [SubjectId, "Subject_used_Riluzole", "Riluzole_use_Delta"],
        deltas: ["Riluzole_use_Delta"]);

    public static readonly FormSchema Treatment = new(ProactForm.Treatment, "TREATMENT", "Treatment.csv",
        [SubjectId, "Study_Arm", "Treatment_Group_Delta"],
        required: [SubjectId, "Study_Arm", "Treatment_Group_Delta"],
        deltas: ["Treatment_Group_Delta"]);

    public static readonly FormSchema DeathData = new(ProactForm.DeathData, "DEATHDATA", "DeathData.csv",
        [SubjectId, "Subject_Died", "Death_Days"],
        required: [SubjectId, "Subject_Died", "Death_Days"],
        deltas: ["Death_Days"]);

    public static readonly FormSchema AdverseEvents = new(ProactForm.AdverseEvents, "ADVERSEEVENTS", "AdverseEvents.csv",
        [SubjectId, "Lowest_Level_Term", "Preferred_Term", "High_Level_Term", "High_Level_Group_Term", "System_Organ_Class",
            "SOC_Abbreviation", "SOC_Code", "Severity", "Outcome", "Start_Date_Delta", "End_Date_Delta"],
        required: [SubjectId, "Preferred_Term", "Start_Date_Delta"],
        deltas: ["Start_Date_Delta", "End_Date_Delta"]);

    public static readonly FormSchema ConMeds = new(ProactForm.ConMeds, "CONMEDS", "ConMeds.csv",
        [SubjectId, "Medication_Coded", "Start_Delta", "Stop_Delta", "Dose", "Unit", "Frequency", "Route"],
        required: [SubjectId, "Medication_Coded", "Start_Delta"],
        deltas: ["Start_Delta", "Stop_Delta"]);

    /// <summary>Every form, in reading order: the per-patient forms first, then the record forms.</summary>
    public static IReadOnlyList<FormSchema> All { get; } =
        [Demographics, AlsHistory, Riluzole, Treatment, Alsfrs, Fvc, Svc, VitalSigns, DeathData, AdverseEvents, ConMeds];

    /// <summary>The form a file name denotes, or null.</summary>
    public static FormSchema? Match(string fileName) => All.FirstOrDefault(s => s.Matches(fileName));
}
