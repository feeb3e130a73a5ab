using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>An ALSAQ-40 or ALSAQ-5 questionnaire of a patient.</summary>
public sealed class AlsaqAssessment : ClinicalRecord<AlsaqDetails>
{
    private AlsaqAssessment() { }

    private AlsaqAssessment(PatientId patientId, AlsaqDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<AlsaqAssessment> Create(PatientId patientId, AlsaqDetails details, DateOnly today) =>
        Validated<AlsaqAssessment>.From(details.Validate(today), () => new AlsaqAssessment(patientId, details));
}
