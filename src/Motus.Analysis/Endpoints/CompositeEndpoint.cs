using System.Globalization;
using Motus.Analysis.Common;
using Motus.Domain.Events;
using Motus.Domain.Records;

namespace Motus.Analysis.Endpoints;

/// <summary>
/// Derives time to a composite endpoint (death, tracheostomy, sustained NIV, NIV start) from a patient's records:
/// the first included event on or after the chosen origin, else censoring at the last contact (the last dated record
/// of any kind, <see cref="FollowUp.LastContact"/>). Soft-deleted records are ignored. Time is in days and in months
/// of 30.4375 days. See docs/methods/endpoints.md.
/// </summary>
public static class CompositeEndpoint
{
    /// <summary>Derives the endpoint for one patient.</summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="definition">The endpoint (components, NIV threshold and duration).</param>
    /// <param name="origin">The clock: onset, diagnosis, enrolment or first administration.</param>
    /// <returns>
    /// The outcome; an event before the origin, a missing origin date or no follow-up are returned as statuses with a
    /// note, not thrown.
    /// </returns>
    /// <exception cref="ArgumentException">An invalid definition or an undefined origin.</exception>
    public static EndpointOutcome Derive(PatientRecord record, CompositeEndpointDefinition definition, TimeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        var notes = new List<string>();
        var (eventDate, components) = FirstEvent(record, definition, notes);
        var originDate = FollowUp.OriginDate(record, origin);
        var lastContact = FollowUp.LastContact(record);
        var p = record.Patient;
        var method = Describe(definition, origin);
        EndpointOutcome Outcome(EndpointStatus status, int? days) => new(method, p.Id.Value, p.Code, p.ArmCode, origin, originDate, status,
            eventDate, components, lastContact, days, days / TimeUnits.DaysPerMonth, notes);

        if (originDate is not { } o)
        {
            notes.Add(origin == TimeOrigin.FirstAdministration
                ? "No current administration: the first-administration origin is undefined."
                : $"No {origin.ToString().ToLowerInvariant()} date recorded: the origin is undefined.");
            return Outcome(EndpointStatus.NoOrigin, null);
        }

        if (eventDate is { } e)
        {
            var days = e.DayNumber - o.DayNumber;
            if (days < 0)
            {
                notes.Add($"The first event ({Describe(components)}) on {Day(e)} precedes the origin ({origin}, {Day(o)}): " +
                    "the patient was not event-free at time 0. Exclude the patient or choose a later-starting endpoint or an earlier origin.");
                return Outcome(EndpointStatus.EventBeforeOrigin, null);
            }

            if (days == 0)
            {
                notes.Add($"The event ({Describe(components)}) is on the origin date: time 0.");
            }

            return Outcome(EndpointStatus.Event, days);
        }

        if (lastContact is not { } last)
        {
            notes.Add("No dated contact at all: there is no follow-up to censor at.");
            return Outcome(EndpointStatus.NoFollowUp, null);
        }

        if (last < o)
        {
            notes.Add($"The last contact ({Day(last)}) precedes the origin ({origin}, {Day(o)}): there is no follow-up.");
            return Outcome(EndpointStatus.NoFollowUp, null);
        }

        var censorDays = last.DayNumber - o.DayNumber;
        if (censorDays == 0)
        {
            notes.Add("The last contact is on the origin date: censored at time 0 (no follow-up time contributed).");
        }

        return Outcome(EndpointStatus.Censored, censorDays);
    }

    /// <summary>Derives the endpoint for every current (not deleted) patient, in input order.</summary>
    /// <param name="records">The patients; soft-deleted patients are skipped.</param>
    /// <param name="definition">The endpoint.</param>
    /// <param name="origin">The clock.</param>
    /// <exception cref="ArgumentException">An invalid definition or an undefined origin.</exception>
    public static EndpointDerivation DeriveAll(IEnumerable<PatientRecord> records, CompositeEndpointDefinition definition, TimeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(definition);
        var outcomes = records.Where(r => !r.Patient.IsDeleted).Select(r => Derive(r, definition, origin)).ToList();
        return new EndpointDerivation(Describe(definition, origin), definition.Describe(), origin, outcomes,
            outcomes.Count(o => o.Status == EndpointStatus.Event), outcomes.Count(o => o.Status == EndpointStatus.Censored),
            outcomes.Count(o => !o.IsAnalysable));
    }

    private static string Describe(CompositeEndpointDefinition definition, TimeOrigin origin) =>
        $"{definition.Describe()}; time from {origin.ToString().ToLowerInvariant()} in days and months (days / 30.4375); " +
        "censored at the last contact (the last dated record of any kind); soft-deleted records ignored";

    private static (DateOnly? Date, EndpointComponents Components) FirstEvent(PatientRecord record, CompositeEndpointDefinition definition, List<string> notes)
    {
        var candidates = new List<(EndpointComponents Component, DateOnly Date)>();
        void Earliest(EndpointComponents component, ClinicalEventKind kind)
        {
            if (!definition.Components.HasFlag(component))
            {
                return;
            }

            var dates = record.Events.Where(x => !x.IsDeleted && x.Details.Kind == kind).Select(x => x.Details.Date).ToList();
            if (dates.Count > 0)
            {
                candidates.Add((component, dates.Min()));
            }
        }

        Earliest(EndpointComponents.Death, ClinicalEventKind.Death);
        Earliest(EndpointComponents.Tracheostomy, ClinicalEventKind.Tracheostomy);
        Earliest(EndpointComponents.NivStart, ClinicalEventKind.NivStart);
        if (definition.Components.HasFlag(EndpointComponents.SustainedNiv))
        {
            var run = SustainedNiv.Find(record.Events, definition);
            notes.AddRange(run.Notes);
            if (run.EventDate is { } d)
            {
                candidates.Add((EndpointComponents.SustainedNiv, d));
            }
        }

        if (candidates.Count == 0)
        {
            return (null, EndpointComponents.None);
        }

        var first = candidates.Min(c => c.Date);
        var components = candidates.Where(c => c.Date == first).Aggregate(EndpointComponents.None, (acc, c) => acc | c.Component);
        return (first, components);
    }

    private static string Describe(EndpointComponents c) => c.ToString().ToLowerInvariant();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
