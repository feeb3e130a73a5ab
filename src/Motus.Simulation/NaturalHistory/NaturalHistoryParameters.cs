namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// Every parameter of the ALS natural-history generator, with its default and the source of that default.
/// "[U]" marks a default that is not a published figure (an assumption or a value tuned so that the generated cohort
/// meets the published calibration targets); change those to see how much a result depends on them.
/// Times are months (30.4375 days) unless the name says otherwise. See docs/methods/natural-history.md.
/// </summary>
public sealed record NaturalHistoryParameters
{
    /// <summary>The defaults documented on each property (the calibrated model of docs/methods/natural-history.md).</summary>
    public static NaturalHistoryParameters Default { get; } = new();

    /// <summary>Probability of male sex: 0.59. Source: 57.6% Ireland (Neurology 52:504), 60.9% US registry (doi:10.1080/21678421.2019.1612435), 58% Lombardy (PMID 24382602).</summary>
    public double MaleProportion { get; init; } = 0.59;

    /// <summary>Probability of bulbar onset: 0.30. Source: about 25% (BMJ Best Practice), 22.1% US registry, 30% Italy (PMID 15956808), 35.4% Lombardy (PMID 24382602).</summary>
    public double BulbarOnsetProportion { get; init; } = 0.30;

    /// <summary>Share of limb onsets that begin in an upper limb: 0.5 [U] (no split found in the references).</summary>
    public double UpperLimbShareOfLimbOnset { get; init; } = 0.5;

    /// <summary>Mean age at onset, years: 62. Source: BMJ Best Practice citing Chiò 2013 (PMID 23860588).</summary>
    public double AgeAtOnsetMean { get; init; } = 62;

    /// <summary>SD of age at onset, years: 11 [U] (the als-methods §5 generator check; peak incidence 60–75). Truncated to [25, 88].</summary>
    public double AgeAtOnsetSd { get; init; } = 11;

    /// <summary>Median diagnostic delay (onset → diagnosis), months: 11.5. Source: Paganoni 2014 (PMID 24981792); Italy FVG 11.5 (IQR 7.1–18.3).</summary>
    public double DiagnosticDelayMedian { get; init; } = 11.5;

    /// <summary>Log-scale SD of the (log-normal) diagnostic delay: 0.70 (derived: fits the IQR 7.1–18.3, als-methods §5). Truncated to [1, 120] months.</summary>
    public double DiagnosticDelayLogSd { get; init; } = 0.70;

    /// <summary>Median time from diagnosis to enrolment (day 0), months: 3 [U]. Log-normal with <see cref="EnrolmentGapLogSd"/>.</summary>
    public double EnrolmentGapMedian { get; init; } = 3;

    /// <summary>Log-scale SD of the diagnosis → enrolment gap: 0.8 [U]. Truncated to [0, 60] months.</summary>
    public double EnrolmentGapLogSd { get; init; } = 0.8;

    /// <summary>Revised El Escorial category at diagnosis, probabilities of definite, probable, possible, suspected: 44.1%, 26.9%, 19.3%, 9.7%. Source: Lombardy, PMID 24382602.</summary>
    public IReadOnlyList<double> ElEscorialProportions { get; init; } = [0.441, 0.269, 0.193, 0.097];

    /// <summary>Probability of a C9orf72 repeat expansion: 0.09. Source: 8–12% of ALS in Caucasian populations (doi:10.1038/s41598-021-01499-6).</summary>
    public double C9orf72Proportion { get; init; } = 0.09;

    /// <summary>Probability of frontotemporal dementia: 0.10 [U] (the als-methods §5 generator-check assumption; not sourced).</summary>
    public double FtdProportion { get; init; } = 0.10;

    /// <summary>Probability of riluzole use at baseline: 0.80 [U]. Riluzole does not change the simulated course (the ENCALS model has no riluzole term).</summary>
    public double RiluzoleProportion { get; init; } = 0.80;

    /// <summary>
    /// Median of the individual progression rate r (log-normal): the mean ALSFRS-R loss per month over the first
    /// <see cref="CurvatureReferenceMonths"/> of progressing disease time (after the early ramp): 1.8 [U], tuned so that the mean observed 12-month slope
    /// is −0.89 to −1.02 (PRO-ACT 1.02, PMID 25298304; −0.99, PMID 29244213; 0.89, van Eijk 2025). It is higher than the observed
    /// slope because plateaus (≈ 39% of disease time), floor effects, death and dropout all lower what is observed.
    /// </summary>
    public double RateMedian { get; init; } = 1.8;

    /// <summary>
    /// Log-scale SD of the progression rate: 0.10 [U], tuned so that the SD of observed slopes is ≈ 0.6 (0.62–0.65, van Eijk 2019,
    /// PMID 30626653; 0.68, topiramate placebo). Most of the spread of observed slopes comes from plateaus, curvature and the
    /// time since onset at enrolment, so the rate itself varies little.
    /// </summary>
    public double RateLogSd { get; init; } = 0.10;

    /// <summary>
    /// Median curvature exponent p of the loss curve Λ(θ) = r·T·(θ/T)^p on disease time θ since onset (T = <see cref="CurvatureReferenceMonths"/>):
    /// 1.0 [U] (linear after the early ramp, <see cref="EarlyRampMonths"/>). Decline is
    /// curvilinear (Gordon 2010, PMID 20532545), its direction varying between patients (PMID 29244213); its size is not published.
    /// </summary>
    public double CurvatureMedian { get; init; } = 1.0;

    /// <summary>Log-scale SD of the curvature exponent between patients: 0.05 [U] (p between ≈ 0.9 and 1.1 for 95% of patients). Larger values widen the spread of observed slopes beyond the published ≈ 0.6.</summary>
    public double CurvatureLogSd { get; init; } = 0.05;

    /// <summary>
    /// Early ramp θ0, months: the speed of decline rises from 0 towards the patient's rate over about θ0 months of disease
    /// time after onset, g(θ) = θ − θ0·(1 − e^(−θ/θ0)); 0 = no ramp. Default 7 [U], tuned so that onset-anchored ΔFS is lower
    /// than later decline, as reported (PMID 26864085), and matches its published distribution (75th percentile 1.03, Lisbon).
    /// </summary>
    public double EarlyRampMonths { get; init; } = 7;

    /// <summary>Reference time T of the curvature, months since onset: 24 [U]; the rate r is the mean loss per month over the first T months.</summary>
    public double CurvatureReferenceMonths { get; init; } = 24;

    /// <summary>Slope drift: SD per √month of a random walk on the log speed of progression (mean speed kept at 1): 0.03 [U] (trial-methods §3.6 proposes a drift; no published size).</summary>
    public double SlopeDriftSd { get; init; } = 0.03;

    /// <summary>Rate of entering a plateau (no progression), per month of progressing time: 0.07 [U], tuned to Bedlack 2016 (PMID 26658909): no decline in 25% / 16% / 7% over 6 / 12 / 18 months.</summary>
    public double PlateauEntryRate { get; init; } = 0.07;

    /// <summary>Mean length of a plateau, months (exponential): 9 [U], tuned with <see cref="PlateauEntryRate"/> (about 39% of disease time is spent on a plateau).</summary>
    public double PlateauMeanMonths { get; init; } = 9;

    /// <summary>
    /// Within-patient residual SD of the ALSFRS-R total, points: 1.15 [U]. The ALSFRS-R residual SD is not published (trial-methods
    /// §1.1 suggests 1.5–2.0; 1.6 was the topiramate placebo value on the original ALSFRS). It applies as item noise of SD
    /// √(σ²/12 − 1/12) on items that have started to decline (unaffected items stay at 4); integer rounding supplies the rest, so
    /// the residual SD measured around 12-month straight lines is ≈ 1.2. The Bedlack figures bound it from both sides: more
    /// noise raises the share with a rising 180-day slope (published 14%) but lowers the share with no decline over 6 months
    /// (published 25%), because a flat patient with noise declines half the time.
    /// </summary>
    public double ResidualSd { get; init; } = 1.15;

    /// <summary>Between-patient spread (log-scale SD) of how a domain's loss is shared among its three items: 0.3 [U].</summary>
    public double ItemShareLogSd { get; init; } = 0.3;

    /// <summary>Mean FVC % predicted at onset: 98 [U] (VC is assumed, not sourced, in als-methods §5).</summary>
    public double FvcAtOnsetMean { get; init; } = 98;

    /// <summary>SD of FVC % predicted at onset: 12 [U].</summary>
    public double FvcAtOnsetSd { get; init; } = 12;

    /// <summary>Median FVC loss, % predicted per ALSFRS-R point lost: 2.3 (derived: 2.24 %/month VC decline ÷ ≈ 1 point/month, PRO-ACT, PMID 25298304). Log-normal between patients.</summary>
    public double FvcLossPerPoint { get; init; } = 2.3;

    /// <summary>Log-scale SD of the FVC loss per point: 0.35 [U].</summary>
    public double FvcLossLogSd { get; init; } = 0.35;

    /// <summary>FVC measurement SD, % predicted: 5 [U].</summary>
    public double FvcNoiseSd { get; init; } = 5;

    /// <summary>Latent FVC % predicted below which NIV is offered: 50 [U] (a common clinical criterion; not from the references).</summary>
    public double NivFvcThreshold { get; init; } = 50;

    /// <summary>Probability that NIV is started when offered: 0.75 [U]. Once started, item R3 is at most 3 (BiPAP use).</summary>
    public double NivAcceptance { get; init; } = 0.75;

    /// <summary>Swallowing item (latent) below which a gastrostomy is offered: 1.5 [U] (anchor 1 = "needs supplemental tube feeding").</summary>
    public double GastrostomySwallowingThreshold { get; init; } = 1.5;

    /// <summary>Probability that a gastrostomy is placed when offered: 0.7 [U]. Afterwards item 5b replaces 5a and swallowing is at most 1.</summary>
    public double GastrostomyAcceptance { get; init; } = 0.7;

    /// <summary>
    /// Share of the composite event (ENCALS: death, tracheostomy or NIV &gt; 23 h/day) that is a tracheostomy: 0.05 [U]
    /// (tracheostomy rates 0–6.6% across centres, PMID 19506136). The rest are deaths.
    /// </summary>
    public double TracheostomyShare { get; init; } = 0.05;

    /// <summary>Baseline dropout hazard per month of follow-up: 0.008 [U].</summary>
    public double DropoutBaseRate { get; init; } = 0.008;

    /// <summary>Informative dropout: the hazard is multiplied by exp(k·lost/48), lost = ALSFRS-R points lost; k = 2.5 [U] (dropout is largely informative, Kurland 2009).</summary>
    public double DropoutLossCoefficient { get; init; } = 2.5;

    /// <summary>Throws when a value is outside its range (probabilities in [0, 1], SDs not negative, scales positive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public void Validate()
    {
        Probability(MaleProportion, nameof(MaleProportion));
        Probability(BulbarOnsetProportion, nameof(BulbarOnsetProportion));
        Probability(UpperLimbShareOfLimbOnset, nameof(UpperLimbShareOfLimbOnset));
        Probability(C9orf72Proportion, nameof(C9orf72Proportion));
        Probability(FtdProportion, nameof(FtdProportion));
        Probability(RiluzoleProportion, nameof(RiluzoleProportion));
        Probability(NivAcceptance, nameof(NivAcceptance));
        Probability(GastrostomyAcceptance, nameof(GastrostomyAcceptance));
        Probability(TracheostomyShare, nameof(TracheostomyShare));
        foreach (var (value, name) in new[]
        {
            (AgeAtOnsetSd, nameof(AgeAtOnsetSd)), (DiagnosticDelayLogSd, nameof(DiagnosticDelayLogSd)), (EnrolmentGapLogSd, nameof(EnrolmentGapLogSd)),
            (RateLogSd, nameof(RateLogSd)), (CurvatureLogSd, nameof(CurvatureLogSd)), (SlopeDriftSd, nameof(SlopeDriftSd)),
            (PlateauEntryRate, nameof(PlateauEntryRate)), (ResidualSd, nameof(ResidualSd)), (ItemShareLogSd, nameof(ItemShareLogSd)),
            (FvcAtOnsetSd, nameof(FvcAtOnsetSd)), (EarlyRampMonths, nameof(EarlyRampMonths)), (FvcLossLogSd, nameof(FvcLossLogSd)), (FvcNoiseSd, nameof(FvcNoiseSd)),
            (DropoutBaseRate, nameof(DropoutBaseRate)), (DropoutLossCoefficient, nameof(DropoutLossCoefficient)),
        })
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite value ≥ 0.");
            }
        }

        foreach (var (value, name) in new[]
        {
            (AgeAtOnsetMean, nameof(AgeAtOnsetMean)), (DiagnosticDelayMedian, nameof(DiagnosticDelayMedian)), (EnrolmentGapMedian, nameof(EnrolmentGapMedian)),
            (RateMedian, nameof(RateMedian)), (CurvatureMedian, nameof(CurvatureMedian)), (CurvatureReferenceMonths, nameof(CurvatureReferenceMonths)),
            (PlateauMeanMonths, nameof(PlateauMeanMonths)), (FvcAtOnsetMean, nameof(FvcAtOnsetMean)), (FvcLossPerPoint, nameof(FvcLossPerPoint)),
            (NivFvcThreshold, nameof(NivFvcThreshold)), (GastrostomySwallowingThreshold, nameof(GastrostomySwallowingThreshold)),
        })
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite value > 0.");
            }
        }

        if (ElEscorialProportions.Count != 4 || ElEscorialProportions.Any(p => !(p >= 0)) || Math.Abs(ElEscorialProportions.Sum() - 1) > 1e-6)
        {
            throw new ArgumentOutOfRangeException(nameof(ElEscorialProportions), "Four non-negative proportions (definite, probable, possible, suspected) summing to 1 are required.");
        }
    }

    private static void Probability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(name, p, $"{name} is a probability and must lie in [0, 1].");
        }
    }
}
