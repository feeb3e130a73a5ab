using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Events;

/// <summary>A clinical event of a patient (gastrostomy, NIV, tracheostomy, death, withdrawal, loss to follow-up).</summary>
public sealed class ClinicalEvent : ClinicalRecord<ClinicalEventDetails>
{
    private ClinicalEvent() { }

    private ClinicalEvent(PatientId patientId, ClinicalEventDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<ClinicalEvent> Create(PatientId patientId, ClinicalEventDetails details, DateOnly today) =>
        Validated<ClinicalEvent>.From(details.Validate(today), () => new ClinicalEvent(patientId, details));
}
