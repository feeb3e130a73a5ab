using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>Exposure-adjusted event rates per 100 patient-months.</summary>
internal static class ExposureTables
{
    public static List<ExposureRateRow> Build(List<(string Arm, List<SafetyPatient> Patients)> groups, double level)
    {
        var measures = new (string Name, Func<AdverseEventDetails, bool> Selects)[]
        {
            ("Any adverse event", _ => true),
            ("Serious adverse event", e => e.Serious),
            ("Grade 3 or higher", e => e.Grade is { Value: >= 3 }),
            ("Related to product", e => RelatednessClasses.Of(e.RelatednessToProduct) == RelatednessClass.Related),
            ("Related to procedure", e => RelatednessClasses.Of(e.RelatednessToProcedure) == RelatednessClass.Related),
        };
        var rows = new List<ExposureRateRow>();
        foreach (var (arm, patients) in groups)
        {
            var exposed = patients.Where(p => p.FirstAdministration is not null).ToList();
            var months = exposed.Sum(p => p.ExposureMonths);
            foreach (var (name, selects) in measures)
            {
                var events = exposed.Sum(p => p.EventsInExposure().Count(e => selects(e.Details)));
                if (months > 0)
                {
                    var (lower, upper) = PoissonRate.Interval(events, months, level);
                    rows.Add(new ExposureRateRow(arm, name, exposed.Count, events, months, 100 * events / months, 100 * lower, 100 * upper));
                }
                else
                {
                    rows.Add(new ExposureRateRow(arm, name, exposed.Count, events, 0, null, null, null));
                }
            }
        }

        return rows;
    }
}
