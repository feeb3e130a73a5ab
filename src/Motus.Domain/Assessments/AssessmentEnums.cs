namespace Motus.Domain.Assessments;

/// <summary>Which functional rating scale was used.</summary>
public enum AlsfrsScale
{
    /// <summary>Revised scale: 12 items (Q1–Q9 with 5a/5b, R1–R3), total 0–48 (Cedarbaum 1999).</summary>
    AlsfrsR = 1,
    /// <summary>Original scale: 10 items (Q1–Q9, Q10 breathing), total 0–40 (ALS CNTF study group 1996).</summary>
    Alsfrs = 2,
}

/// <summary>How an assessment was administered.</summary>
public enum AdministrationMode
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>In clinic, rated by a trained rater.</summary>
    Clinic = 1,
    /// <summary>By telephone.</summary>
    Phone = 2,
    /// <summary>Self-administered on paper.</summary>
    SelfPaper = 3,
    /// <summary>Self-administered in an app or online.</summary>
    SelfApp = 4,
}

/// <summary>Who answered.</summary>
public enum Respondent
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>The patient.</summary>
    Patient = 1,
    /// <summary>A caregiver.</summary>
    Caregiver = 2,
}
