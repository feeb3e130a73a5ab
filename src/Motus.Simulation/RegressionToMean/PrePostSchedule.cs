namespace Motus.Simulation.RegressionToMean;

/// <summary>
/// The visit times (months) of a lead-in ("pre") and a follow-up ("post") window, each summarised by its ordinary
/// least-squares slope, and the assessments they need. The OLS slope of a window is a fixed linear combination of its
/// scores, ŝ = Σ w_j·y_j with w_j = (t_j − t̄)/Sxx, so a patient's two slopes are two dot products over the assessments.
/// </summary>
/// <remarks>
/// With <see cref="BaselineSharing.Shared"/>, every time listed in both windows (usually the treatment visit t = 0) is one
/// assessment whose weights in the two slopes are added; with <see cref="BaselineSharing.Separate"/> each window has its
/// own assessments. Times must be finite and strictly increasing within a window, with at least two per window.
/// </remarks>
public sealed class PrePostSchedule
{
    private readonly double[] _times;
    private readonly double[] _preWeights;
    private readonly double[] _postWeights;

    /// <summary>Builds the schedule and the OLS weights of each assessment.</summary>
    /// <param name="preTimes">Lead-in visit times in months (e.g. −3, −2, −1, 0).</param>
    /// <param name="postTimes">Follow-up visit times in months (e.g. 0, 1, …, 6).</param>
    /// <param name="sharing">Whether times in both windows are one assessment (default in every caller: shared).</param>
    public PrePostSchedule(IReadOnlyList<double> preTimes, IReadOnlyList<double> postTimes, BaselineSharing sharing)
    {
        ArgumentNullException.ThrowIfNull(preTimes);
        ArgumentNullException.ThrowIfNull(postTimes);
        Check(preTimes, nameof(preTimes));
        Check(postTimes, nameof(postTimes));
        if (!Enum.IsDefined(sharing))
        {
            throw new ArgumentOutOfRangeException(nameof(sharing), sharing, "Unknown baseline sharing.");
        }

        PreTimes = [.. preTimes];
        PostTimes = [.. postTimes];
        Sharing = sharing;
        var pre = Weights(PreTimes);
        var post = Weights(PostTimes);
        var times = new List<double>(PreTimes);
        var preW = new List<double>(pre);
        var postW = new List<double>(new double[pre.Length]);
        for (var j = 0; j < PostTimes.Count; j++)
        {
            var shared = sharing == BaselineSharing.Shared ? times.IndexOf(PostTimes[j]) : -1;
            if (shared >= 0)
            {
                postW[shared] = post[j];
                continue;
            }

            times.Add(PostTimes[j]);
            preW.Add(0);
            postW.Add(post[j]);
        }

        _times = [.. times];
        _preWeights = [.. preW];
        _postWeights = [.. postW];
    }

    /// <summary>Lead-in visit times, months.</summary>
    public IReadOnlyList<double> PreTimes { get; }

    /// <summary>Follow-up visit times, months.</summary>
    public IReadOnlyList<double> PostTimes { get; }

    /// <summary>Whether common times are one assessment.</summary>
    public BaselineSharing Sharing { get; }

    /// <summary>Number of distinct assessments per patient.</summary>
    public int AssessmentCount => _times.Length;

    /// <summary>Time of each assessment: the lead-in visits first, in order, then the follow-up visits not shared.</summary>
    internal ReadOnlySpan<double> AssessmentTimes => _times;

    /// <summary>Weight of each assessment in the lead-in OLS slope (0 when it is not a lead-in visit).</summary>
    internal ReadOnlySpan<double> PreWeights => _preWeights;

    /// <summary>Weight of each assessment in the follow-up OLS slope (0 when it is not a follow-up visit).</summary>
    internal ReadOnlySpan<double> PostWeights => _postWeights;

    /// <summary>Index of the last lead-in assessment (the first is always 0).</summary>
    public int LastPreIndex => PreTimes.Count - 1;

    /// <summary>Var(e1) = σe²·Σ w_pre²: the noise variance of the lead-in slope, (points/month)².</summary>
    /// <param name="residualSd">σe, the within-patient SD of one assessment (points).</param>
    public double PreErrorVariance(double residualSd) => residualSd * residualSd * Dot(_preWeights, _preWeights);

    /// <summary>Var(e2) = σe²·Σ w_post²: the noise variance of the follow-up slope.</summary>
    /// <param name="residualSd">σe (points).</param>
    public double PostErrorVariance(double residualSd) => residualSd * residualSd * Dot(_postWeights, _postWeights);

    /// <summary>Cov(e1, e2) = σe²·Σ w_pre·w_post over shared assessments (0 when nothing is shared).</summary>
    /// <param name="residualSd">σe (points).</param>
    public double ErrorCovariance(double residualSd) => residualSd * residualSd * Dot(_preWeights, _postWeights);

    /// <summary>A short description such as "pre −3,−2,−1,0; post 0..6 (shared visits)".</summary>
    public override string ToString() =>
        $"pre {string.Join(',', PreTimes.Select(F))}; post {string.Join(',', PostTimes.Select(F))} ({(Sharing == BaselineSharing.Shared ? "visits common to both windows are one assessment" : "separate assessments per window")})";

    private static string F(double x) => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static double[] Weights(IReadOnlyList<double> t)
    {
        var mean = t.Average();
        var sxx = t.Sum(x => (x - mean) * (x - mean));
        return [.. t.Select(x => (x - mean) / sxx)];
    }

    private static void Check(IReadOnlyList<double> t, string name)
    {
        if (t.Count < 2)
        {
            throw new ArgumentException($"A slope needs at least two visit times; {name} has {t.Count}.", name);
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (!double.IsFinite(t[i]) || (i > 0 && t[i] <= t[i - 1]))
            {
                throw new ArgumentException($"{name} must be finite and strictly increasing; got {string.Join(", ", t)}.", name);
            }
        }
    }
}
