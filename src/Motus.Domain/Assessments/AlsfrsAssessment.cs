using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>An ALSFRS-R or ALSFRS rating of a patient. See <see cref="AlsfrsDetails"/> for scoring.</summary>
public sealed class AlsfrsAssessment : ClinicalRecord<AlsfrsDetails>
{
    private AlsfrsAssessment() { }

    private AlsfrsAssessment(PatientId patientId, AlsfrsDetails details) : base(patientId, details) { }

    /// <summary>Creates the rating after checking rules ALSFRS-01 to ALSFRS-07.</summary>
    public static Validated<AlsfrsAssessment> Create(PatientId patientId, AlsfrsDetails details, DateOnly today) =>
        Validated<AlsfrsAssessment>.From(details.Validate(today), () => new AlsfrsAssessment(patientId, details));
}
