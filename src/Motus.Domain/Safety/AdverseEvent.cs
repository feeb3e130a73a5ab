using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Safety;

/// <summary>An adverse event of a patient.</summary>
public sealed class AdverseEvent : ClinicalRecord<AdverseEventDetails>
{
    private AdverseEvent() { }

    private AdverseEvent(PatientId patientId, AdverseEventDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<AdverseEvent> Create(PatientId patientId, AdverseEventDetails details, DateOnly today) =>
        Validated<AdverseEvent>.From(details.Validate(today), () => new AdverseEvent(patientId, details));
}
