namespace Motus.Analysis.Endpoints;

/// <summary>
/// One patient's time to a composite endpoint. When <see cref="Status"/> is <see cref="EndpointStatus.Event"/> or
/// <see cref="EndpointStatus.Censored"/> the time fields are set and the patient can be analysed; otherwise they are
/// null and <see cref="Notes"/> says why.
/// </summary>
/// <param name="Method">The endpoint definition, clock, time unit and censoring rule, in words.</param>
/// <param name="PatientId">The patient's id.</param>
/// <param name="PatientCode">The patient's pseudonymous code.</param>
/// <param name="ArmCode">The patient's arm, or null when not allocated.</param>
/// <param name="Origin">The clock used.</param>
/// <param name="OriginDate">The origin date, or null when missing.</param>
/// <param name="Status">Event, censored, or why the patient cannot be analysed.</param>
/// <param name="EventDate">The date of the first event (also set for <see cref="EndpointStatus.EventBeforeOrigin"/>).</param>
/// <param name="EventComponents">The components that occurred on <see cref="EventDate"/> (several when on the same day).</param>
/// <param name="LastContactDate">The last contact (see <see cref="FollowUp.LastContact"/>), or null when none.</param>
/// <param name="Days">Days from the origin to the event or censoring date.</param>
/// <param name="Months">Days / 30.4375.</param>
/// <param name="Notes">Explanations: why not analysable, zero follow-up, ignored or contradictory NIV records, …</param>
public sealed record EndpointOutcome(
    string Method,
    Guid PatientId,
    string PatientCode,
    string? ArmCode,
    TimeOrigin Origin,
    DateOnly? OriginDate,
    EndpointStatus Status,
    DateOnly? EventDate,
    EndpointComponents EventComponents,
    DateOnly? LastContactDate,
    int? Days,
    double? Months,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when the patient has a usable time and status (event or censored).</summary>
    public bool IsAnalysable => Status is EndpointStatus.Event or EndpointStatus.Censored;

    /// <summary>1 for an event, 0 for censoring (meaningful only when <see cref="IsAnalysable"/>).</summary>
    public int EventIndicator => Status == EndpointStatus.Event ? 1 : 0;
}
