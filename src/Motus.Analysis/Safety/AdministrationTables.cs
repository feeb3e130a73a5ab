using Motus.Domain.CellTherapy;
using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>Incidence per administration: events attributed to an administration, by dose number and by route.</summary>
internal static class AdministrationTables
{
    public static List<AdministrationIncidenceRow> Build(List<(string Arm, List<SafetyPatient> Patients)> groups, SafetyOptions options, List<string> warnings)
    {
        var attributed = Attribute(groups[^1].Patients, options.LinkWindowDays, warnings);
        var rows = new List<AdministrationIncidenceRow>();
        foreach (var (arm, patients) in groups)
        {
            var administrations = patients.SelectMany(p => p.Administrations).ToList();
            foreach (var dose in administrations.Select(a => a.Details.DoseNumber).Distinct().Order())
            {
                rows.Add(Row(arm, "Dose number", dose.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    administrations.Where(a => a.Details.DoseNumber == dose).ToList(), attributed, options.ConfidenceLevel));
            }

            foreach (var route in administrations.Select(a => a.Details.Route).Distinct().Order())
            {
                rows.Add(Row(arm, "Route", route.ToString(), administrations.Where(a => a.Details.Route == route).ToList(), attributed, options.ConfidenceLevel));
            }
        }

        return rows;
    }

    private static AdministrationIncidenceRow Row(string arm, string by, string level, List<Administration> administrations,
        Dictionary<Guid, List<AdverseEventDetails>> attributed, double confidence)
    {
        AdministrationEvents Count(Func<AdverseEventDetails, bool> selects)
        {
            var perAdministration = administrations.Select(a => attributed.TryGetValue(a.Id, out var list) ? list.Count(selects) : 0).ToList();
            return new AdministrationEvents(Incidences.Of(perAdministration.Count(c => c > 0), administrations.Count, confidence), perAdministration.Sum());
        }

        return new AdministrationIncidenceRow(arm, by, level, administrations.Count, Count(_ => true),
            Count(e => RelatednessClasses.Of(e.RelatednessToProcedure) == RelatednessClass.Related),
            Count(e => RelatednessClasses.Of(e.RelatednessToProduct) == RelatednessClass.Related));
    }

    /// <summary>Maps each current administration's id to the events attributed to it.</summary>
    private static Dictionary<Guid, List<AdverseEventDetails>> Attribute(List<SafetyPatient> patients, int? windowDays, List<string> warnings)
    {
        var map = new Dictionary<Guid, List<AdverseEventDetails>>();
        foreach (var p in patients)
        {
            var current = p.Administrations.ToDictionary(a => a.Id);
            foreach (var e in p.Events)
            {
                var d = e.Details;
                Administration? target = null;
                if (d.AdministrationId is { } id)
                {
                    if (!current.TryGetValue(id, out target))
                    {
                        warnings.Add($"Patient {p.Code}: the adverse event '{d.VerbatimTerm}' of {d.OnsetDate:yyyy-MM-dd} refers to an administration that is deleted or not the patient's; it is treated as unlinked.");
                    }
                }

                if (target is null && windowDays is { } w && p.LastAdministrationOnOrBefore(d.OnsetDate) is { } last
                    && d.OnsetDate.DayNumber - last.Details.Date.DayNumber <= w)
                {
                    target = last;
                }

                if (target is not null)
                {
                    if (!map.TryGetValue(target.Id, out var list))
                    {
                        map[target.Id] = list = [];
                    }

                    list.Add(d);
                }
            }
        }

        return map;
    }
}
