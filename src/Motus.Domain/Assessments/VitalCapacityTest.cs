using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>A vital-capacity test (FVC or SVC) of a patient.</summary>
public sealed class VitalCapacityTest : ClinicalRecord<VitalCapacityDetails>
{
    private VitalCapacityTest() { }

    private VitalCapacityTest(PatientId patientId, VitalCapacityDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<VitalCapacityTest> Create(PatientId patientId, VitalCapacityDetails details, DateOnly today) =>
        Validated<VitalCapacityTest>.From(details.Validate(today), () => new VitalCapacityTest(patientId, details));
}
