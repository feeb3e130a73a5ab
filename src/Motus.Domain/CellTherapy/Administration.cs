using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.CellTherapy;

/// <summary>An administration of a cell product to a patient.</summary>
public sealed class Administration : ClinicalRecord<AdministrationDetails>
{
    private Administration() { }

    private Administration(PatientId patientId, AdministrationDetails details) : base(patientId, details) { }

    /// <summary>Creates the record after checking its rules.</summary>
    public static Validated<Administration> Create(PatientId patientId, AdministrationDetails details, DateOnly today) =>
        Validated<Administration>.From(details.Validate(today), () => new Administration(patientId, details));
}
