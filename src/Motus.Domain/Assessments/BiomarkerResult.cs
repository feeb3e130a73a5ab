using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>A biomarker or laboratory result of a patient.</summary>
public sealed class BiomarkerResult : ClinicalRecord<BiomarkerDetails>
{
    private BiomarkerResult() { }

    private BiomarkerResult(PatientId patientId, BiomarkerDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<BiomarkerResult> Create(PatientId patientId, BiomarkerDetails details, DateOnly today) =>
        Validated<BiomarkerResult>.From(details.Validate(today), () => new BiomarkerResult(patientId, details));
}
