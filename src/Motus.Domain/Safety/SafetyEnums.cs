namespace Motus.Domain.Safety;

/// <summary>
/// Pick-list category of an adverse event, covering the events typical of cell therapy by lumbar puncture,
/// intraspinal or intravenous injection. MedDRA coding, where licensed, is kept separately.
/// </summary>
public enum AeCategory
{
    /// <summary>Anything not listed.</summary>
    Other = 0,
    /// <summary>Headache.</summary>
    Headache = 1,
    /// <summary>Back pain.</summary>
    BackPain = 2,
    /// <summary>Post-lumbar-puncture syndrome.</summary>
    PostLumbarPunctureSyndrome = 3,
    /// <summary>Fever / pyrexia.</summary>
    Fever = 4,
    /// <summary>Meningism or aseptic meningitis.</summary>
    MeningismOrAsepticMeningitis = 5,
    /// <summary>Infection.</summary>
    Infection = 6,
    /// <summary>Injection-site reaction.</summary>
    InjectionSiteReaction = 7,
    /// <summary>Allergic reaction.</summary>
    AllergicReaction = 8,
    /// <summary>Tumour or abnormal growth.</summary>
    TumourOrAbnormalGrowth = 9,
    /// <summary>Respiratory event.</summary>
    Respiratory = 10,
    /// <summary>Nausea or vomiting.</summary>
    NauseaOrVomiting = 11,
    /// <summary>Pain other than headache or back pain (e.g. leg pain, radicular pain).</summary>
    Pain = 12,
    /// <summary>Fall or injury.</summary>
    FallOrInjury = 13,
}

/// <summary>Causal relationship to the product or the procedure.</summary>
public enum Relatedness
{
    /// <summary>Not assessed (e.g. imported data without an assessment).</summary>
    NotAssessed = 0,
    /// <summary>Unrelated.</summary>
    Unrelated = 1,
    /// <summary>Unlikely.</summary>
    Unlikely = 2,
    /// <summary>Possible.</summary>
    Possible = 3,
    /// <summary>Probable.</summary>
    Probable = 4,
    /// <summary>Definite.</summary>
    Definite = 5,
}

/// <summary>Expectedness against the reference safety information.</summary>
public enum Expectedness
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,
    /// <summary>Expected.</summary>
    Expected = 1,
    /// <summary>Unexpected.</summary>
    Unexpected = 2,
}

/// <summary>Outcome of an adverse event.</summary>
public enum AeOutcome
{
    /// <summary>Unknown.</summary>
    Unknown = 0,
    /// <summary>Recovered / resolved.</summary>
    Recovered = 1,
    /// <summary>Recovering / resolving.</summary>
    Recovering = 2,
    /// <summary>Not recovered / not resolved.</summary>
    NotRecovered = 3,
    /// <summary>Recovered with sequelae.</summary>
    RecoveredWithSequelae = 4,
    /// <summary>Fatal.</summary>
    Fatal = 5,
}

/// <summary>ICH E2A seriousness criteria.</summary>
[Flags]
public enum SeriousnessCriteria
{
    /// <summary>None (non-serious).</summary>
    None = 0,
    /// <summary>Results in death.</summary>
    Death = 1,
    /// <summary>Life-threatening.</summary>
    LifeThreatening = 2,
    /// <summary>Requires or prolongs hospitalisation.</summary>
    Hospitalisation = 4,
    /// <summary>Persistent or significant disability.</summary>
    Disability = 8,
    /// <summary>Congenital anomaly.</summary>
    CongenitalAnomaly = 16,
    /// <summary>Other important medical event.</summary>
    ImportantMedicalEvent = 32,
}
