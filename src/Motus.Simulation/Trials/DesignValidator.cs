using Motus.Statistics.Design;

namespace Motus.Simulation.Trials;

// Turns a deserialised document into a TrialDesign, collecting every broken rule with its JSON path.
internal sealed partial class DesignValidator
{
    public List<DesignError> Errors { get; } = [];

    public TrialDesign? Validate(TrialDesignDocument d)
    {
        var arms = Arms(d);
        var entry = Entry(d.Entry);
        var duration = Required(d.DurationMonths, "$.durationMonths", x => x > 0 && x <= 120, "must be > 0 and ≤ 120 months");
        var (visits, jitter, missed) = Visits(d.Visits, duration ?? 12);
        if (visits is not null && duration is { } dur && visits[^1] > dur + 1e-9)
        {
            Error("$.visits.months", $"the last visit ({visits[^1]}) lies after durationMonths ({dur})");
        }

        var dropout = Dropout(d.Dropout);
        var (slope, hazard) = Effect(d.Effect);
        var analyses = Analyses(d.Analyses, entry);
        var alpha = Required(d.Alpha, "$.alpha", x => x > 0 && x < 0.5, "must lie in (0, 0.5)");
        var sided = Required(d.Sided, "$.sided", x => x is 1 or 2, "must be 1 (one-sided) or 2 (two-sided)");
        var replicates = Required(d.Replicates, "$.replicates", x => x is >= 1 and <= 1_000_000, "must lie between 1 and 1,000,000");
        var seed = Required(d.Seed, "$.seed", _ => true, "");
        var truth = 20_000;
        if (d.Truth is { } t)
        {
            truth = Required(t.PatientsPerArm, "$.truth.patientsPerArm", x => x is >= 100 and <= 100_000, "must lie between 100 and 100,000") ?? truth;
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new TrialDesign
        {
            Name = string.IsNullOrWhiteSpace(d.Name) ? "unnamed design" : d.Name,
            Arms = arms!,
            Entry = entry,
            VisitMonths = visits!,
            JitterDays = jitter,
            MissedVisitProbability = missed,
            DurationMonths = duration!.Value,
            Dropout = dropout!,
            SlopeMultiplier = slope,
            HazardRatio = hazard,
            Analyses = analyses!,
            Alpha = alpha!.Value,
            Sidedness = sided == 1 ? Sidedness.OneSided : Sidedness.TwoSided,
            Replicates = replicates!.Value,
            Seed = seed!.Value,
            TruthPatientsPerArm = truth,
        };
    }

    private TrialArm[]? Arms(TrialDesignDocument d)
    {
        if (d.Arms is not { } arms)
        {
            Error("$.arms", "required: two arms, e.g. [{\"name\": \"placebo\", \"ratio\": 1, \"control\": true}, {\"name\": \"active\", \"ratio\": 1}]");
            return null;
        }

        if (arms.Count != 2)
        {
            Error("$.arms", $"exactly two arms are supported (one control, one active); got {arms.Count}");
            return null;
        }

        var names = new string[2];
        var ratios = new double[2];
        var control = new bool[2];
        for (var i = 0; i < 2; i++)
        {
            var path = $"$.arms[{i}]";
            if (arms[i] is not { } a)
            {
                Error(path, "must be an object");
                return null;
            }

            names[i] = a.Name ?? "";
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                Error(path + ".name", "required, not empty");
            }

            ratios[i] = Required(a.Ratio, path + ".ratio", x => x > 0 && x <= 100, "must be > 0 and ≤ 100") ?? 1;
            control[i] = a.Control ?? false;
        }

        if (control.Count(c => c) != 1)
        {
            Error("$.arms", "exactly one arm must have \"control\": true");
        }

        if (names[0] == names[1] && names[0].Length > 0)
        {
            Error("$.arms[1].name", "arm names must differ");
        }

        var sizes = Sizes(d.SampleSize, names, ratios);
        if (Errors.Count > 0 || sizes is null)
        {
            return null;
        }

        return [new TrialArm(names[0], ratios[0], sizes[0], control[0]), new TrialArm(names[1], ratios[1], sizes[1], control[1])];
    }

    private int[]? Sizes(SampleSizeDocument? s, string[] names, double[] ratios)
    {
        if (s is null || (s.Total is null) == (s.PerArm is null))
        {
            Error("$.sampleSize", "give exactly one of \"total\" (split by the ratios) or \"perArm\" ({\"<arm name>\": n, …})");
            return null;
        }

        if (s.Total is { } total)
        {
            if (total is < 4 or > 100_000)
            {
                Error("$.sampleSize.total", "must lie between 4 and 100,000");
                return null;
            }

            var sizes = new int[2];
            for (var i = 0; i < 2; i++)
            {
                var exact = total * ratios[i] / (ratios[0] + ratios[1]);
                sizes[i] = (int)Math.Round(exact);
                if (Math.Abs(exact - sizes[i]) > 1e-9)
                {
                    Error("$.sampleSize.total", $"{total} does not split into whole arms in the ratio {ratios[0]}:{ratios[1]}; give \"perArm\" or a divisible total");
                    return null;
                }
            }

            return sizes.All(n => n >= 2) ? sizes : Fail<int[]>("$.sampleSize.total", "every arm needs at least 2 patients");
        }

        var perArm = s.PerArm!;
        foreach (var key in perArm.Keys.Where(k => !names.Contains(k)))
        {
            Error($"$.sampleSize.perArm.{key}", "not the name of an arm");
        }

        var result = new int[2];
        for (var i = 0; i < 2; i++)
        {
            if (!perArm.TryGetValue(names[i], out var n))
            {
                Error("$.sampleSize.perArm", $"missing arm '{names[i]}'");
            }
            else if (n is < 2 or > 50_000)
            {
                Error($"$.sampleSize.perArm.{names[i]}", "must lie between 2 and 50,000");
            }

            result[i] = n;
        }

        return result;
    }

    private (double[]? Months, int Jitter, double Missed) Visits(VisitsDocument? v, double duration)
    {
        if (v is null)
        {
            Error("$.visits", "required: {\"months\": [0, 1, …]} or {\"intervalMonths\": 1}, with jitterDays and missedVisitProbability");
            return (null, 0, 0);
        }

        var jitter = Required(v.JitterDays, "$.visits.jitterDays", x => x is >= 0 and <= 30, "must lie between 0 and 30 days") ?? 0;
        var missed = Required(v.MissedVisitProbability, "$.visits.missedVisitProbability", x => x >= 0 && x < 1, "must lie in [0, 1)") ?? 0;
        if ((v.Months is null) == (v.IntervalMonths is null))
        {
            Error("$.visits", "give exactly one of \"months\" (a list from 0) or \"intervalMonths\" (regular visits from 0 to durationMonths)");
            return (null, jitter, missed);
        }

        if (v.IntervalMonths is { } interval)
        {
            if (!(interval > 0 && interval <= 24))
            {
                Error("$.visits.intervalMonths", "must be > 0 and ≤ 24");
                return (null, jitter, missed);
            }

            var count = (int)Math.Floor((duration / interval) + 1e-9);
            return (count >= 1 ? [.. Enumerable.Range(0, count + 1).Select(k => k * interval)] : Fail<double[]>("$.visits.intervalMonths", "longer than durationMonths: no follow-up visit"), jitter, missed);
        }

        var months = v.Months!.ToArray();
        if (months.Length < 2 || months[0] != 0)
        {
            Error("$.visits.months", "needs at least two visits, the first at month 0 (enrolment)");
            return (null, jitter, missed);
        }

        for (var i = 1; i < months.Length; i++)
        {
            if (!(months[i] > months[i - 1]))
            {
                Error($"$.visits.months[{i}]", "visit months must be strictly increasing");
                return (null, jitter, missed);
            }
        }

        return (months, jitter, missed);
    }

    private TrialDropout? Dropout(DropoutDocument? d)
    {
        if (d is null)
        {
            Error("$.dropout", "required: {\"ratePerMonth\": 0.008, \"informative\": true} (0 and false for none)");
            return null;
        }

        var rate = Required(d.RatePerMonth, "$.dropout.ratePerMonth", x => x >= 0 && x <= 1, "must lie in [0, 1] per month");
        var informative = Required(d.Informative, "$.dropout.informative", _ => true, "");
        return rate is { } r && informative is { } i ? new TrialDropout(r, i) : null;
    }

    private (double Slope, double Hazard) Effect(EffectDocument? e)
    {
        if (e is null)
        {
            Error("$.effect", "required: {\"slopeMultiplier\": 0.75, \"hazardRatio\": 1} (1 and 1 for no effect)");
            return (1, 1);
        }

        var slope = Required(e.SlopeMultiplier, "$.effect.slopeMultiplier", x => x >= 0 && x <= 10, "must lie in [0, 10] (1 = no effect, 0.75 = 25% slower decline)") ?? 1;
        var hazard = Required(e.HazardRatio, "$.effect.hazardRatio", x => x > 0 && x <= 10, "must be > 0 and ≤ 10 (1 = no effect)") ?? 1;
        return (slope, hazard);
    }

    private T Fail<T>(string path, string rule, T fallback)
        where T : struct
    {
        Error(path, rule);
        return fallback;
    }

    private void Error(string path, string rule) => Errors.Add(new DesignError(path, rule));

    private T? Fail<T>(string path, string rule)
        where T : class
    {
        Error(path, rule);
        return null;
    }

    private T? Required<T>(T? value, string path, Func<T, bool> valid, string rule)
        where T : struct
    {
        if (value is not { } v)
        {
            Error(path, "required");
            return null;
        }

        if (!valid(v))
        {
            Error(path, rule);
            return null;
        }

        return v;
    }
}
