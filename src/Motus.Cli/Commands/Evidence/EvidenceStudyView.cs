using Motus.Analysis.Evidence;
using Motus.Application.Evidence;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary>The text page of one study: every field with status and source, then counts, efficacy numbers, claims, notes.</summary>
internal static class EvidenceStudyView
{
    public static void Write(IAnsiConsole c, EvidenceStudy s)
    {
        c.WriteLine($"{s.Id}: {s.Label}");
        var facts = new Table().AddColumns("field", "value", "status", "source", "note");
        foreach (var f in EvidenceFacts.Of(s))
        {
            facts.AddRow(E(f.Field), E(f.Value.Length == 0 ? "-" : f.Value), E(f.Status.ToString().ToLowerInvariant()), E(f.Source), E(f.Note ?? ""));
        }

        c.Write(facts);
        if (s.AdverseEvents.Count > 0)
        {
            var t = new Table().AddColumns("adverse event", "events", "n", "what was counted", "status", "source");
            foreach (var a in s.AdverseEvents)
            {
                t.AddRow(E(a.Category), a.Events.ToString(Inv), a.N?.ToString(Inv) ?? "not given", E(a.Description + (a.Note is null ? "" : $" ({a.Note})")),
                    E(a.Status.ToString().ToLowerInvariant()), E(EvidenceFacts.SourceText(s, a.Source)));
            }

            c.Write(t);
        }

        if (s.Efficacy.Count > 0)
        {
            var t = new Table().AddColumns("efficacy measure", "comparison", "months", "estimate [CI]", "treated", "control", "p", "status");
            foreach (var e in s.Efficacy)
            {
                var estimate = e.Estimate is null ? "-" : $"{F(e.Estimate)}{(e.EstimateKind is null ? "" : $" ({e.EstimateKind})")}{(e.CiLower is null ? "" : $" [{F(e.CiLower)}, {F(e.CiUpper)}]")}";
                t.AddRow(E(e.Measure + (e.Subgroup is null ? "" : $" — {e.Subgroup}")), E(e.Comparison), F(e.TimepointMonths), E(estimate),
                    E(Group(e.TreatedValue, e.TreatedSpread)), E(Group(e.ControlValue, e.ControlSpread) + (e.ControlLabel is null ? "" : $" ({e.ControlLabel})")),
                    E(e.PText ?? "-"), E(e.Status.ToString().ToLowerInvariant() + (e.Note is null ? "" : $": {e.Note}")));
            }

            c.Write(t);
        }

        foreach (var claim in s.Claims)
        {
            c.WriteLine($"Claim {claim.Id} ({claim.Status.ToString().ToLowerInvariant()}): {claim.Text}. n = {claim.N?.ToString(Inv) ?? "not stated"}, responders = {claim.Responders?.ToString(Inv) ?? "not stated"}; threshold: {claim.ThresholdText}; pre: {claim.PreWindow ?? "not stated"}; post: {claim.PostWindow ?? "not stated"}.{(claim.Note is null ? "" : " Note: " + claim.Note)}");
        }

        if (s.Claims.Count > 0)
        {
            c.WriteLine("Single-arm claims are not evidence of benefit on their own: untreated patients also meet such thresholds by chance (see docs/methods/evidence-library.md).");
        }

        if (s.RelatedStudies.Count > 0)
        {
            c.WriteLine("Related studies (shared patients or programme): " + string.Join(", ", s.RelatedStudies));
        }

        foreach (var note in s.Notes)
        {
            c.WriteLine("Note: " + note);
        }

        c.WriteLine("Sources:");
        foreach (var (key, text) in s.Sources)
        {
            c.WriteLine($"  {key}: {text}");
        }
    }

    private static string Group(double? value, double? spread) => value is null ? "-" : spread is null ? F(value) : $"{F(value)} ± {F(spread)}";
}
