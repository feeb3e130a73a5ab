namespace Motus.Simulation.Trials;

// The entry criteria and the analyses of a design document (see DesignValidator.cs).
internal sealed partial class DesignValidator
{
    private EntryCriteria Entry(EntryDocument? e)
    {
        if (e is null)
        {
            return EntryCriteria.None;
        }

        LeadIn? leadIn = null;
        if (e.LeadIn is { } l)
        {
            var months = Required(l.Months, "$.entry.leadIn.months", x => x > 0 && x <= 24, "must be > 0 and ≤ 24");
            var interval = l.IntervalMonths ?? months;
            if (interval is { } iv && months is { } m && !(iv > 0 && iv <= m))
            {
                Error("$.entry.leadIn.intervalMonths", "must be > 0 and ≤ the lead-in length");
            }

            if (l.MinDecline is { } k && !(k >= 0 && k <= 48))
            {
                Error("$.entry.leadIn.minDecline", "must lie in [0, 48] points");
            }

            leadIn = months is { } mm ? new LeadIn(mm, interval ?? mm, l.MinDecline) : null;
        }

        return new EntryCriteria(
            Range(e.AlsfrsR, "$.entry.alsfrsR", 0, 48),
            Range(e.DeltaFs, "$.entry.deltaFs", 0, 48),
            Range(e.EncalsLinearPredictor, "$.entry.encalsLinearPredictor", -50, 50),
            Range(e.MonthsSinceOnset, "$.entry.monthsSinceOnset", 0, 600),
            Range(e.FvcPercent, "$.entry.fvcPercent", 0, 200),
            leadIn);
    }

    private ValueRange? Range(RangeDocument? r, string path, double lo, double hi)
    {
        if (r is null)
        {
            return null;
        }

        if (r.Min is null && r.Max is null)
        {
            Error(path, "give \"min\", \"max\" or both");
        }

        foreach (var (value, name) in new[] { (r.Min, "min"), (r.Max, "max") })
        {
            if (value is { } x && !(x >= lo && x <= hi))
            {
                Error($"{path}.{name}", $"must lie in [{lo}, {hi}]");
            }
        }

        if (r.Min is { } a && r.Max is { } b && a > b)
        {
            Error(path, "min must not exceed max");
        }

        return new ValueRange(r.Min, r.Max);
    }

    private TrialAnalysis[]? Analyses(List<AnalysisDocument?>? list, EntryCriteria entry)
    {
        if (list is null || list.Count == 0)
        {
            Error("$.analyses", "required: at least one of {\"type\": \"lmm-slope\" | \"cafs\" | \"cox\" | \"responder\"}");
            return null;
        }

        var result = new List<TrialAnalysis>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.analyses[{i}]";
            if (list[i] is not { } a)
            {
                Error(path, "must be an object");
                continue;
            }

            var kind = a.Type switch
            {
                "lmm-slope" => TrialAnalysisKind.LmmSlope,
                "cafs" => TrialAnalysisKind.Cafs,
                "cox" => TrialAnalysisKind.Cox,
                "responder" => TrialAnalysisKind.Responder,
                _ => (TrialAnalysisKind?)null,
            };
            if (kind is null)
            {
                Error(path + ".type", a.Type is null ? "required: lmm-slope, cafs, cox or responder" : $"'{a.Type}' is not one of lmm-slope, cafs, cox, responder");
                continue;
            }

            if (a.Test is not null && kind != TrialAnalysisKind.LmmSlope)
            {
                Error(path + ".test", "applies to lmm-slope only");
            }

            if ((a.Slowing is not null || a.Unevaluable is not null) && kind != TrialAnalysisKind.Responder)
            {
                Error(path, "slowing and unevaluable apply to responder only");
            }

            var test = a.Test switch
            {
                null or "satterthwaite" => LmmTestKind.Satterthwaite,
                "wald" => LmmTestKind.Wald,
                _ => Fail(path + ".test", "must be satterthwaite (default) or wald", LmmTestKind.Satterthwaite),
            };
            var unevaluable = a.Unevaluable switch
            {
                null or "non-responder" => UnevaluableResponder.NonResponder,
                "exclude" => UnevaluableResponder.Exclude,
                _ => Fail(path + ".unevaluable", "must be non-responder (default) or exclude", UnevaluableResponder.NonResponder),
            };
            var slowing = 0.25;
            if (kind == TrialAnalysisKind.Responder)
            {
                slowing = Required(a.Slowing, path + ".slowing", x => x > 0 && x <= 5, "must be > 0 and ≤ 5 (0.25 = 25% slowing)") ?? slowing;
                if (entry.LeadIn is null)
                {
                    Error(path, "the responder analysis needs a pre-enrolment slope: add $.entry.leadIn");
                }
            }

            var analysis = new TrialAnalysis(kind.Value, test, slowing, unevaluable);
            if (result.Contains(analysis))
            {
                Error(path, "duplicate analysis");
            }

            result.Add(analysis);
        }

        return [.. result];
    }
}
