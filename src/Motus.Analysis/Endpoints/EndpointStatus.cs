namespace Motus.Analysis.Endpoints;

/// <summary>What the derivation of a time-to-event endpoint found for one patient.</summary>
public enum EndpointStatus
{
    /// <summary>The endpoint was reached on or after the origin: time = event date − origin, status 1.</summary>
    Event = 1,

    /// <summary>No event: censored at the last contact (last dated record of any kind), status 0.</summary>
    Censored = 2,

    /// <summary>The first event precedes the origin: the patient was not event-free at time 0 and is not analysable.</summary>
    EventBeforeOrigin = 3,

    /// <summary>The origin date is missing (e.g. no onset date, or no administration for a first-administration clock).</summary>
    NoOrigin = 4,

    /// <summary>No dated contact on or after the origin (no follow-up at all): not analysable.</summary>
    NoFollowUp = 5,
}
