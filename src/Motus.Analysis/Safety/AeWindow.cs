namespace Motus.Analysis.Safety;

/// <summary>Which adverse events the count tables and listings include.</summary>
public enum AeWindow
{
    /// <summary>Every current adverse event, whenever its onset.</summary>
    AllRecorded = 1,

    /// <summary>
    /// Treatment-emergent: onset on or after the patient's first administration (patients without an administration
    /// contribute no events). NurOwn counted TEAEs from the first treatment (trial-methods.md §4.3).
    /// </summary>
    TreatmentEmergent = 2,
}
