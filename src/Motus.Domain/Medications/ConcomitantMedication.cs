using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Medications;

/// <summary>A concomitant medication of a patient.</summary>
public sealed class ConcomitantMedication : ClinicalRecord<MedicationDetails>
{
    private ConcomitantMedication() { }

    private ConcomitantMedication(PatientId patientId, MedicationDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<ConcomitantMedication> Create(PatientId patientId, MedicationDetails details, DateOnly today) =>
        Validated<ConcomitantMedication>.From(details.Validate(today), () => new ConcomitantMedication(patientId, details));
}
