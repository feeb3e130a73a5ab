using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>A strength measurement (MRC grade or dynamometry) of a patient.</summary>
public sealed class StrengthMeasurement : ClinicalRecord<StrengthDetails>
{
    private StrengthMeasurement() { }

    private StrengthMeasurement(PatientId patientId, StrengthDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<StrengthMeasurement> Create(PatientId patientId, StrengthDetails details, DateOnly today) =>
        Validated<StrengthMeasurement>.From(details.Validate(today), () => new StrengthMeasurement(patientId, details));
}
