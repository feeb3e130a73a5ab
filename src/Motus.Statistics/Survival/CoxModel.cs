namespace Motus.Statistics.Survival;

/// <summary>The fitted state a <see cref="CoxFit"/> keeps for residuals, baseline hazard and the PH test.</summary>
internal sealed class CoxModel
{
    public CoxModel(CoxEngine engine, double[] betaInternal, double[] beta, double[] naiveVariance, bool[] aliased,
        string[] names, int[] stratumLevel, int[] strataCodes, bool stratified, double[] means, SurvivalData data)
    {
        Engine = engine;
        BetaInternal = betaInternal;
        Beta = beta;
        NaiveVariance = naiveVariance;
        Aliased = aliased;
        Names = names;
        StratumLevel = stratumLevel;
        StrataCodes = strataCodes;
        Stratified = stratified;
        Means = means;
        Data = data;
    }

    public CoxEngine Engine { get; }

    /// <summary>β on the engine's centred/scaled covariates (0 for aliased columns).</summary>
    public double[] BetaInternal { get; }

    /// <summary>β on the original covariates (0 for aliased columns).</summary>
    public double[] Beta { get; }

    /// <summary>Inverse information (p×p, original scale; zero rows/columns for aliased).</summary>
    public double[] NaiveVariance { get; }

    public bool[] Aliased { get; }

    public string[] Names { get; }

    public int[] StratumLevel { get; }

    public int[] StrataCodes { get; }

    public bool Stratified { get; }

    public double[] Means { get; }

    public SurvivalData Data { get; }

    public int P => Beta.Length;

    /// <summary>Sweeps at the fitted β and records the per-event-time summaries.</summary>
    public CoxEventRecord RecordAtFit(bool withScoreAndInformation)
    {
        var rec = new CoxEventRecord(Engine.EventTimes, P, Engine.N, withScoreAndInformation);
        Engine.Sweep(BetaInternal, new double[P], new double[P * P], rec);
        return rec;
    }
}
