namespace Motus.Analysis.Endpoints;

/// <summary>The date from which time to an endpoint is counted.</summary>
public enum TimeOrigin
{
    /// <summary>Symptom onset (<c>Patient.OnsetDate</c>): the ENCALS clock (Westeneng et al., Lancet Neurol 2018).</summary>
    Onset = 1,

    /// <summary>Diagnosis (<c>Patient.DiagnosisDate</c>).</summary>
    Diagnosis = 2,

    /// <summary>Enrolment (<c>Patient.EnrolmentDate</c>, day 0 of the visit schedule): the usual clock of a trial.</summary>
    Enrolment = 3,

    /// <summary>The earliest current (not deleted) cell-product administration.</summary>
    FirstAdministration = 4,

    /// <summary>
    /// The earliest current ALSFRS / ALSFRS-R rating. For PRO-ACT data, whose day 0 is the first trial visit and which
    /// records no enrolment date, this is the trial clock.
    /// </summary>
    FirstRating = 5,
}
