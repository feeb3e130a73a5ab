using System.Globalization;
using Motus.Analysis.Evidence;

namespace Motus.Application.Evidence;

/// <summary>The sentences of a summary page, each computed from the studies of one cell type × route.</summary>
internal static class SummaryText
{
    public static List<string> WhatWasTried(List<EvidenceStudy> studies, string cellName, string routeName)
    {
        var years = studies.Select(s => s.Year.Value!.Value).ToList();
        var span = years.Min() == years.Max() ? $"in {years.Min()}" : $"between {years.Min()} and {years.Max()}";
        var text = new List<string> { $"{Count(studies.Count, "published study", "published studies")} {span} gave {cellName} {routeName}." };
        var autologous = studies.Count(s => s.Autologous.Value == true);
        var known = studies.Count(s => s.Autologous.HasValue);
        if (known > 0)
        {
            text.Add($"In {autologous} of {known} studies with this information the cells came from the patients themselves (autologous).");
        }

        var sources = studies.Where(s => s.CellSource.HasValue).Select(s => s.CellSource.Value!).Distinct(StringComparer.Ordinal).ToList();
        if (sources.Count > 0)
        {
            text.Add("Cell sources: " + string.Join("; ", sources) + ".");
        }

        var doses = studies.Where(s => s.Dose.HasValue).Select(s => $"{s.Id}: {s.Dose.Value}").ToList();
        text.Add(doses.Count > 0 ? "Doses as reported: " + string.Join("; ", doses) + "." : "No study here reports its dose in the captured text.");
        return text;
    }

    public static List<string> HowManyPatients(List<EvidenceStudy> studies)
    {
        var withN = studies.Where(s => s.NTreated.HasValue).ToList();
        var treated = withN.Sum(s => s.NTreated.Value!.Value);
        var text = new List<string>
        {
            withN.Count == studies.Count
                ? $"The studies report {treated} treated patients in total."
                : $"{withN.Count} of {studies.Count} studies report how many patients were treated ({treated} in total); for the others the number was not captured.",
        };
        var ids = studies.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var overlapping = studies.Where(s => s.RelatedStudies.Any(ids.Contains)).Select(s => s.Id).ToList();
        if (overlapping.Count > 0)
        {
            text.Add($"Some of these studies report on the same patients ({string.Join(", ", overlapping)}), so the total counts some people more than once.");
        }

        var controls = studies.Where(s => s.Controls.Value is { Count: > 0 }).ToList();
        if (controls.Count > 0)
        {
            text.Add("Comparison groups: " + string.Join("; ", controls.Select(s => $"{s.Id}: " + string.Join(", ", s.Controls.Value!.Select(c => $"{c.N} {c.Description}")))) + ".");
        }

        return text;
    }

    public static List<string> Designs(List<EvidenceStudy> studies)
    {
        var counts = studies.GroupBy(s => s.Design.Value?.Code ?? "not captured").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}");
        var text = new List<string> { "Designs: " + string.Join(", ", counts) + "." };
        if (studies.Any(s => s.Design.Value?.Code is "single-arm" or "case-series"))
        {
            text.Add("Single-arm studies and case series have no comparison group. In ALS, natural variation, measurement noise and the way patients are chosen can make people look better or stable without any treatment effect, so these studies cannot show benefit on their own.");
        }

        if (studies.Any(s => s.Design.Value?.Code == "historical-control"))
        {
            text.Add("Studies with historical or external controls compare with patients treated elsewhere or earlier; differences between the groups can explain the results.");
        }

        return text;
    }

    public static List<string> Randomised(List<EvidenceStudy> studies)
    {
        var rcts = studies.Where(s => s.IsRandomised).ToList();
        if (rcts.Count == 0)
        {
            return ["No randomised trial of this combination is in the library, so there is no controlled evidence that it helps."];
        }

        var text = new List<string> { $"{Count(rcts.Count, "randomised trial", "randomised trials")} in the library:" };
        foreach (var s in rcts)
        {
            var result = s.EfficacyResult.HasValue ? s.EfficacyResult.Value! : "efficacy result not captured";
            text.Add($"{s.Label} ({s.Design.Value}, {s.NTreated.Value?.ToString(CultureInfo.InvariantCulture) ?? "?"} treated): {result} Authors' conclusion: {s.Conclusion.Value ?? "not captured"}.");
        }

        return text;
    }

    public static List<string> Safety(List<EvidenceStudy> studies)
    {
        var counts = studies.SelectMany(s => s.AdverseEvents.Select(a => $"{s.Id}: {a.Category} {a.Events}/{(a.N is { } n ? n.ToString(CultureInfo.InvariantCulture) : "?")} — {a.Description}")).ToList();
        var text = new List<string>
        {
            $"{studies.Count(s => s.SafetyResult.HasValue)} of {studies.Count} studies have a safety statement in the captured text. Most did not publish counts per type of adverse event in the parts retrieved.",
        };
        text.AddRange(counts.Count > 0 ? counts.Select(c => "Counted: " + c) : ["No adverse-event counts by category were captured for these studies."]);
        return text;
    }

    public static List<string> Claims(List<EvidenceStudy> studies, EvidenceLibrary library)
    {
        var claims = studies.SelectMany(s => s.Claims.Select(c => (s, c))).ToList();
        if (claims.Count == 0)
        {
            return ["No responder or improvement claim from an uncontrolled study is recorded for this combination."];
        }

        var text = claims.Select(x => $"{x.s.Id}: {x.c.Text}" + (x.c.Status == EvidenceStatus.Unverified ? " (unverified: " + x.c.Note + ")" : "")).ToList();
        var chance = "Untreated patients also \"respond\" by chance.";
        var randomisedResponders = library.Studies.Where(s => s.IsRandomised)
            .SelectMany(s => s.Efficacy.Where(e => e.Measure == "responder-proportion" && e.Subgroup is null && e.ControlValue is not null && e.TreatedValue is not null).Select(e => (s, e)))
            .ToList();
        foreach (var (s, e) in randomisedResponders)
        {
            chance += $" In the randomised trial {s.Label}, {Percent(e.ControlValue!.Value)} of the control group met that trial's responder definition ({e.Threshold}), against {Percent(e.TreatedValue!.Value)} on cells ({e.PText}).";
        }

        text.Add(chance + " A claim from a study without a control group means little until it is compared with the rate expected without treatment; Motus shows that comparison beside each single-arm claim (`motus evidence claims`, and the Claims page of the web app).");
        return text;
    }

    public static List<string> Certainty(List<EvidenceStudy> studies)
    {
        var facts = studies.SelectMany(EvidenceFacts.Of).ToList();
        int verified = facts.Count(f => f.Status == EvidenceStatus.Verified), unverified = facts.Count(f => f.Status == EvidenceStatus.Unverified);
        var missing = facts.Count - verified - unverified;
        var text = new List<string>
        {
            $"Of {facts.Count} recorded facts, {verified} were seen in a primary source, {unverified} are unverified (inferred, from a secondary source, or a judgement call) and {missing} were not available.",
        };
        var unsure = facts.Where(f => f.Status == EvidenceStatus.Unverified).Select(f => f.Field).Distinct(StringComparer.Ordinal).ToList();
        if (unsure.Count > 0)
        {
            text.Add("Unverified fields: " + string.Join(", ", unsure) + ". Each study page says why.");
        }

        return text;
    }

    private static string Percent(double p) => (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Count(int n, string one, string many) => n == 1 ? $"One {one}" : $"{n} {many}";
}
