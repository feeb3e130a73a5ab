using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>Weight and height of a patient.</summary>
public sealed class VitalSigns : ClinicalRecord<VitalSignsDetails>
{
    private VitalSigns() { }

    private VitalSigns(PatientId patientId, VitalSignsDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<VitalSigns> Create(PatientId patientId, VitalSignsDetails details, DateOnly today) =>
        Validated<VitalSigns>.From(details.Validate(today), () => new VitalSigns(patientId, details));
}
