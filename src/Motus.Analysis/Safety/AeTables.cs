using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>The count tables: overview, category × worst grade, and the two relatedness splits.</summary>
internal static class AeTables
{
    public static List<OverviewRow> Overview(List<(string Arm, List<SafetyPatient> Patients)> groups, double level)
    {
        var measures = new (string Name, Func<AdverseEvent, bool> Selects)[]
        {
            ("Any adverse event", _ => true),
            ("Serious adverse event", e => e.Details.Serious),
            ("Grade 3 or higher", e => e.Details.Grade is { Value: >= 3 }),
            ("Related to product", e => RelatednessClasses.Of(e.Details.RelatednessToProduct) == RelatednessClass.Related),
            ("Related to procedure", e => RelatednessClasses.Of(e.Details.RelatednessToProcedure) == RelatednessClass.Related),
            ("Fatal adverse event", e => e.Details.Grade is { IsFatal: true } || e.Details.Outcome == AeOutcome.Fatal),
        };
        var rows = new List<OverviewRow>();
        foreach (var (arm, patients) in groups)
        {
            foreach (var (name, selects) in measures)
            {
                var perPatient = patients.Select(p => p.Events.Count(selects)).ToList();
                rows.Add(new OverviewRow(arm, name, Incidences.Of(perPatient.Count(c => c > 0), patients.Count, level), perPatient.Sum()));
            }

            var deaths = patients.Count(p => p.Record.Death is not null);
            rows.Add(new OverviewRow(arm, "Death, any cause", Incidences.Of(deaths, patients.Count, level), deaths));
        }

        return rows;
    }

    /// <summary>
    /// Rows for all categories and each category that occurs, per arm; with <paramref name="relatedness"/>, one row per
    /// relatedness class that occurs for the category (the related row of "all categories" is always given).
    /// </summary>
    public static List<AeCountRow> Counts(List<(string Arm, List<SafetyPatient> Patients)> groups, Func<AdverseEventDetails, Relatedness>? relatedness, double level)
    {
        var all = groups[^1].Patients.SelectMany(p => p.Events).Select(e => e.Details).ToList();
        var categories = new List<AeCategory?> { null };
        categories.AddRange(all.Select(e => e.Category).Distinct().Order().Select(c => (AeCategory?)c));
        var rows = new List<AeCountRow>();
        foreach (var category in categories)
        {
            var inCategory = all.Where(e => category is null || e.Category == category).ToList();
            IEnumerable<RelatednessClass?> classes = relatedness is null
                ? [null]
                : Enum.GetValues<RelatednessClass>()
                    .Where(c => (category is null && c == RelatednessClass.Related) || inCategory.Any(e => RelatednessClasses.Of(relatedness(e)) == c))
                    .Select(c => (RelatednessClass?)c);
            foreach (var cls in classes)
            {
                bool Selects(AdverseEventDetails e) => (category is null || e.Category == category)
                    && (cls is null || RelatednessClasses.Of(relatedness!(e)) == cls);
                rows.AddRange(groups.Select(g => Row(g.Arm, g.Patients, category, cls, Selects, level)));
            }
        }

        return rows;
    }

    private static AeCountRow Row(string arm, List<SafetyPatient> patients, AeCategory? category, RelatednessClass? cls,
        Func<AdverseEventDetails, bool> selects, double level)
    {
        var events = patients.Select(p => p.Events.Select(e => e.Details).Where(selects).ToList()).ToList();
        var worst = events.Where(e => e.Count > 0).Select(e => e.Max(x => x.Grade?.Value)).ToList(); // null only when none graded
        var grades = new List<GradeCount>();
        for (var g = 1; g <= 5; g++)
        {
            grades.Add(new GradeCount(g, worst.Count(w => w == g), events.Sum(e => e.Count(x => x.Grade?.Value == g))));
        }

        var ungradedEvents = events.Sum(e => e.Count(x => x.Grade is null));
        if (ungradedEvents > 0)
        {
            grades.Add(new GradeCount(null, worst.Count(w => w is null), ungradedEvents));
        }

        return new AeCountRow(arm, category, cls, Incidences.Of(worst.Count, patients.Count, level), events.Sum(e => e.Count), grades);
    }
}
