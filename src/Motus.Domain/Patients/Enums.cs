namespace Motus.Domain.Patients;

/// <summary>Sex as recorded at enrolment.</summary>
public enum Sex
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Female.</summary>
    Female = 1,
    /// <summary>Male.</summary>
    Male = 2,
}

/// <summary>
/// Body region of first weakness. PRO-ACT records "Limb" without side or level, "Limb and Bulbar" and "Spine"
/// (axial/trunk); those have their own members so that imported data is not silently re-coded.
/// </summary>
public enum OnsetRegion
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Bulbar (speech, swallowing).</summary>
    Bulbar = 1,
    /// <summary>Upper limb.</summary>
    UpperLimb = 2,
    /// <summary>Lower limb.</summary>
    LowerLimb = 3,
    /// <summary>Limb, upper or lower not recorded (PRO-ACT "Onset: Limb").</summary>
    Limb = 4,
    /// <summary>Limb and bulbar together (PRO-ACT "Onset: Limb and Bulbar").</summary>
    LimbAndBulbar = 5,
    /// <summary>Respiratory onset.</summary>
    Respiratory = 6,
    /// <summary>Generalised onset.</summary>
    Generalised = 7,
    /// <summary>Axial / trunk (PRO-ACT "Onset: Spine").</summary>
    Axial = 8,
    /// <summary>Other site.</summary>
    Other = 9,
}

/// <summary>Diagnostic certainty under the revised El Escorial (Airlie House) or the Gold Coast criteria.</summary>
public enum DiagnosticCategory
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>El Escorial: clinically definite ALS.</summary>
    ElEscorialDefinite = 1,
    /// <summary>El Escorial: clinically probable ALS.</summary>
    ElEscorialProbable = 2,
    /// <summary>El Escorial: clinically probable, laboratory-supported ALS.</summary>
    ElEscorialProbableLabSupported = 3,
    /// <summary>El Escorial: clinically possible ALS.</summary>
    ElEscorialPossible = 4,
    /// <summary>El Escorial: suspected ALS (dropped in the revised criteria; kept for older records).</summary>
    ElEscorialSuspected = 5,
    /// <summary>Gold Coast criteria met.</summary>
    GoldCoastAls = 6,
    /// <summary>Gold Coast criteria not met.</summary>
    GoldCoastNotMet = 7,
}

/// <summary>
/// Pathogenic variants found. <see cref="None"/> means tested with no variant found; "not tested / unknown" is a
/// null <c>Genetics</c> on the patient.
/// </summary>
[Flags]
public enum GeneticFindings
{
    /// <summary>Tested; no pathogenic variant found.</summary>
    None = 0,
    /// <summary>C9orf72 hexanucleotide repeat expansion.</summary>
    C9orf72 = 1,
    /// <summary>SOD1 variant.</summary>
    Sod1 = 2,
    /// <summary>FUS variant.</summary>
    Fus = 4,
    /// <summary>TARDBP variant.</summary>
    Tardbp = 8,
    /// <summary>Another pathogenic variant.</summary>
    Other = 16,
}
