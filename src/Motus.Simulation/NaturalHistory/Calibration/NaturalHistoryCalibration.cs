using Motus.Domain.Patients;

namespace Motus.Simulation.NaturalHistory.Calibration;

/// <summary>
/// Generates a cohort with the default visit schedule (monthly to 18 months) and compares it with the published
/// natural-history targets of als-methods §5 and trial-methods §1.1/§3.6. Bands: the published range where one exists,
/// otherwise a band chosen here around the published point value (stated in each row's <c>Published</c> text).
/// </summary>
public static class NaturalHistoryCalibration
{
    /// <summary>Default cohort size of the calibration report: 20,000.</summary>
    public const int DefaultPatients = 20_000;

    /// <summary>Default seed of the calibration report: 20251126.</summary>
    public const ulong DefaultSeed = 20251126;

    private const double Month = SimulatedPatient.DaysPerMonth;

    /// <summary>Generates <paramref name="patients"/> patients with <paramref name="seed"/> and computes every target.</summary>
    /// <param name="parameters">Model parameters; the defaults when null.</param>
    /// <param name="patients">Cohort size, at least 100.</param>
    /// <param name="seed">Cohort seed.</param>
    public static CalibrationReport Run(NaturalHistoryParameters? parameters = null, int patients = DefaultPatients, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(patients, 100);
        var generator = new NaturalHistoryGenerator(parameters, VisitSchedule.Default);
        var cohort = generator.GenerateCohort(patients, seed);
        return new CalibrationReport(patients, seed, Evaluate(cohort),
            $"natural-history generator, default visit schedule (monthly to month 18, jitter ±{VisitSchedule.Default.JitterDays} days, {VisitSchedule.Default.MissedVisitProbability:P0} missed), {patients} patients, seed {seed}");
    }

    /// <summary>Computes every target on an already generated cohort (visits at least monthly through month 18 are assumed).</summary>
    /// <param name="cohort">The patients.</param>
    public static IReadOnlyList<CalibrationTarget> Evaluate(IReadOnlyList<SimulatedPatient> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var n = cohort.Count;
        var slopes = new List<double>(n);
        var residualSquares = 0.0;
        var residualDf = 0;
        int[] plateauEligible = [0, 0, 0], plateauCount = [0, 0, 0];
        int risingEligible = 0, rising = 0;
        var survival = new double[n];
        var delay = new double[n];
        var fromDiagnosis = new double[n];
        var deltaFs = new double[n];
        int male = 0, bulbar = 0;
        for (var i = 0; i < n; i++)
        {
            var p = cohort[i];
            male += p.IsMale ? 1 : 0;
            bulbar += p.OnsetRegion == OnsetRegion.Bulbar ? 1 : 0;
            survival[i] = (p.TerminalEventDay - p.OnsetDay) / Month;
            delay[i] = p.DiagnosticDelayMonths;
            fromDiagnosis[i] = (p.TerminalEventDay - p.DiagnosisDay) / Month;
            deltaFs[i] = p.DeltaFsAtDiagnosis;
            if (Slope(p, out var slope, out var rss, out var df))
            {
                slopes.Add(slope);
                residualSquares += rss;
                residualDf += df;
            }

            var t0 = NearestVisit(p, 0);
            for (var k = 0; k < 3; k++)
            {
                var tk = NearestVisit(p, 6 * (k + 1));
                if (t0 >= 0 && tk >= 0)
                {
                    plateauEligible[k]++;
                    plateauCount[k] += p.Total(tk) >= p.Total(t0) ? 1 : 0;
                }
            }

            var t6 = NearestVisit(p, 6);
            var t12 = NearestVisit(p, 12);
            if (t0 >= 0 && t6 >= 0 && t12 >= 0)
            {
                risingEligible++;
                rising += p.Total(t6) > p.Total(t0) || p.Total(t12) > p.Total(t6) ? 1 : 0;
            }
        }

        var meanSlope = slopes.Count == 0 ? double.NaN : slopes.Average();
        var sdSlope = slopes.Count < 2 ? double.NaN : Math.Sqrt(slopes.Sum(s => (s - meanSlope) * (s - meanSlope)) / (slopes.Count - 1));
        const string slopeDefinition = "per-patient OLS slope of the ALSFRS-R total over the visits from enrolment to month 12, patients with ≥ 3 such visits spanning ≥ 3 months";
        const string plateauDefinition = "total at the visit nearest month {0} (±31 days) ≥ total at enrolment, among patients with that visit";
        const string bedlack = "Bedlack 2016, PMID 26658909 (PRO-ACT)";
        return
        [
            new("Men, %", "57.6–60.9%", "Neurology 52:504; doi:10.1080/21678421.2019.1612435; PMID 24382602", "share of male patients", 57.6, 60.9, 100.0 * male / n, n),
            new("Bulbar onset, %", "≈ 25–35%", "BMJ Best Practice; PMID 15956808; PMID 24382602", "share with bulbar onset", 25, 35, 100.0 * bulbar / n, n),
            new("Median diagnostic delay, months", "11.5 (band 11–12 over cohorts)", "Paganoni 2014, PMID 24981792; doi:10.3389/fneur.2022.1064619", "median months from onset to diagnosis", 11, 12, Median(delay), n),
            new("Median survival from onset, months", "30–40 (published 20–48)", "issue 5; Chiò 2009, PMID 19922118; PMID 15956808", "median months from onset to death or tracheostomy (latent, uncensored; patients event-free at enrolment)", 30, 40, Median(survival), n),
            new("Median survival from diagnosis, months", "12–23 (literature range cited in PMID 15956808); 30.6 (Italy); 2.6 years (California); band 12–31", "PMID 15956808; PMID 26172548", "median months from diagnosis to death or tracheostomy (latent; patients event-free at enrolment)", 12, 31, Median(fromDiagnosis), n),
            new("Event-free 1 year after diagnosis, %", "76.2% (band ±6)", "Lombardy, PMID 24382602", "share with death or tracheostomy more than 12 months after diagnosis", 70.2, 82.2, 100.0 * fromDiagnosis.Count(m => m > 12) / n, n),
            new("ΔFS at diagnosis, 75th percentile, points/month", "1.03 (band 0.85–1.25)", "Lisbon n = 1,056, doi:10.1080/21678421.2024.2407412", "75th percentile of (48 − latent ALSFRS-R at diagnosis)/months since onset", 0.85, 1.25, Quantile(deltaFs, 0.75), n),
            new("Mean ALSFRS-R slope, points/month", "−0.89 to −1.02", "PMID 25298304 (1.02); PMID 29244213 (−0.99); van Eijk 2025 (0.89)", slopeDefinition, -1.02, -0.89, meanSlope, slopes.Count),
            new("SD of ALSFRS-R slopes, points/month", "≈ 0.6 (0.62–0.68); band 0.55–0.70", "van Eijk 2019, PMID 30626653 (0.62, 0.65); topiramate placebo (0.68)", slopeDefinition, 0.55, 0.70, sdSlope, slopes.Count),
            new("No decline over 6 months, %", "25% (band ±5)", bedlack, string.Format(System.Globalization.CultureInfo.InvariantCulture, plateauDefinition, 6), 20, 30, Percent(plateauCount[0], plateauEligible[0]), plateauEligible[0]),
            new("No decline over 12 months, %", "16% (band ±5)", bedlack, string.Format(System.Globalization.CultureInfo.InvariantCulture, plateauDefinition, 12), 11, 21, Percent(plateauCount[1], plateauEligible[1]), plateauEligible[1]),
            new("No decline over 18 months, %", "7% (band ±5)", bedlack, string.Format(System.Globalization.CultureInfo.InvariantCulture, plateauDefinition, 18), 2, 12, Percent(plateauCount[2], plateauEligible[2]), plateauEligible[2]),
            new("Rising 180-day slope, %", "14% (band ±4)", bedlack, "total higher at month 6 than at enrolment, or at month 12 than at month 6 (visits nearest, ±31 days), among patients with all three", 10, 18, Percent(rising, risingEligible), risingEligible),
            new("Within-patient residual SD, points", "not published for ALSFRS-R; 1.5–2.0 suggested [U]", "trial-methods §1.1 (topiramate placebo 1.6 on the ALSFRS)", "√(pooled residual sum of squares / df) of the 12-month OLS fits", 1.0, 2.0, residualDf == 0 ? double.NaN : Math.Sqrt(residualSquares / residualDf), slopes.Count),
        ];
    }

    private static bool Slope(SimulatedPatient p, out double slope, out double rss, out int df)
    {
        slope = rss = 0;
        df = 0;
        double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0, first = double.NaN, last = 0;
        var m = 0;
        var days = p.VisitDays;
        for (var v = 0; v < days.Length; v++)
        {
            if (days[v] < 0 || days[v] > 365 + 15)
            {
                continue;
            }

            double x = days[v] / Month, y = p.Total(v);
            first = m == 0 ? x : first;
            last = x;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            m++;
        }

        if (m < 3 || last - first < 3)
        {
            return false;
        }

        var cxx = sxx - (sx * sx / m);
        var cxy = sxy - (sx * sy / m);
        var cyy = syy - (sy * sy / m);
        slope = cxy / cxx;
        rss = Math.Max(0, cyy - (slope * cxy));
        df = m - 2;
        return true;
    }

    private static int NearestVisit(SimulatedPatient p, double month)
    {
        var target = month * Month;
        var best = -1;
        var bestDistance = 31.0 + 1e-9;
        var days = p.VisitDays;
        for (var v = 0; v < days.Length; v++)
        {
            var distance = Math.Abs(days[v] - target);
            if (distance <= bestDistance)
            {
                best = v;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static double Percent(int count, int of) => of == 0 ? double.NaN : 100.0 * count / of;

    private static double Quantile(double[] values, double q)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var h = (sorted.Length - 1) * q; // type 7
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var h = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[h] : 0.5 * (sorted[h - 1] + sorted[h]);
    }
}
