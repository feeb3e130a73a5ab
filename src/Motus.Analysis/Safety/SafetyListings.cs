using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>Serious-event and death listings, sorted by arm, patient and date.</summary>
internal static class SafetyListings
{
    public static List<SeriousEventListing> Serious(List<SafetyPatient> patients) =>
        patients.SelectMany(p => p.Events.Where(e => e.Details.Serious).Select(e =>
        {
            var d = e.Details;
            var last = p.LastAdministrationOnOrBefore(d.OnsetDate);
            return new SeriousEventListing(p.Code, p.Arm, d.VerbatimTerm, d.Category, d.Grade?.Value, d.OnsetDate, d.ResolutionDate, d.SeriousCriteria,
                d.RelatednessToProduct, d.RelatednessToProcedure, d.Expectedness, d.Outcome,
                last is null ? null : d.OnsetDate.DayNumber - last.Details.Date.DayNumber, last?.Details.DoseNumber);
        }))
        .OrderBy(x => x.Arm.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(x => x.PatientCode, StringComparer.Ordinal).ThenBy(x => x.OnsetDate)
        .ToList();

    public static List<DeathListing> Deaths(List<SafetyPatient> patients) =>
        patients.Where(p => p.Record.Death is not null).Select(p =>
        {
            var death = p.Record.Death!.Details;
            var last = p.LastAdministrationOnOrBefore(death.Date);
            var fatal = p.AllEvents.Where(e => e.Details.Grade is { IsFatal: true } || e.Details.Outcome == AeOutcome.Fatal)
                .Select(e => e.Details.VerbatimTerm).ToList();
            return new DeathListing(p.Code, p.Arm, death.Date, death.Cause,
                p.FirstAdministration is { } f ? death.Date.DayNumber - f.DayNumber : null,
                last is null ? null : death.Date.DayNumber - last.Details.Date.DayNumber, fatal);
        })
        .OrderBy(x => x.Arm.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(x => x.PatientCode, StringComparer.Ordinal)
        .ToList();
}
