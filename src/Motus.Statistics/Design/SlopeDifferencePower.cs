using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>
/// Closed-form sample size, power and detectable difference for comparing mean slopes between two arms in a
/// random-intercept-and-slope linear mixed model (the primary ALSFRS-R analysis), with dropout and unequal allocation.
/// </summary>
/// <remarks>
/// <para>Edland (Zhao &amp; Edland; Ard &amp; Edland 2011, J Alzheimers Dis 26:369–377; longpower
/// <c>edland.linear.power</c>): with σ²ₛ = [(Σₖ pₖ·XₖᵀVₖ⁻¹Xₖ)⁻¹]₂₂ per group (pₖ = share whose last visit is k, Xₖ = [1, t₁..tₖ],
/// Vₖ the covariance of the first k measurements),
/// n₁ = (z_α + z_β)²·(σ²ₛ₁ + λ·σ²ₛ₂)/Δ², n₂ = n₁/λ; power = Φ(√(n₁Δ²/(σ²ₛ₁ + λσ²ₛ₂)) − z_α).
/// With complete data σ²ₛ = σ₁² + σₑ²/Σ(tⱼ − t̄)², whatever the intercept variance and covariance (trial-methods.md §2.1).</para>
/// <para>Diggle, Heagerty, Liang &amp; Zeger (2002) Analysis of Longitudinal Data, 2nd ed., p. 29 (longpower
/// <c>diggle.linear.power</c>): ξ = [(XᵀV⁻¹X)⁻¹]₂₂ with V = σ²R, n per group = 2(z_α + z_β)²ξ/Δ².</para>
/// <para>z_α = z_{1−α/2} two-sided or z_{1−α} one-sided; as in longpower, the opposite tail is ignored in the power.
/// Verified against trial-methods.md checks C1 (n = 207.3101, detectable Δ = 1.49751 at n = 208) and C2 (Diggle's table),
/// and against an independent matrix implementation of the formulas in R to 1e-10 relative.</para>
/// </remarks>
public static class SlopeDifferencePower
{
    /// <summary>Sample sizes per group for slope difference Δ. R: <c>longpower::edland.linear.power(delta, t, lambda, sig2.int, sig2.s, sig.b0b1, sig2.e, …, p, p_2, sig.level, power, alternative)$n</c>.</summary>
    /// <param name="inputs">Schedule, variance components, dropout pattern and allocation.</param>
    /// <param name="delta">Difference in mean slopes, ≠ 0.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (longpower's default two-sided).</param>
    public static LinearSlopeDesign EdlandSampleSize(LinearSlopeDesignInputs inputs, double delta, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided)
    {
        NonZero(delta, nameof(delta));
        var z = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        var e = Evaluate(inputs);
        var n1 = z * z * (e.Term1 + (e.Lambda * e.Term2)) / (delta * delta);
        return e.Result(n1, delta, alpha, power, sidedness, DesignQuantity.SampleSize);
    }

    /// <summary>Power for n₁ subjects in group 1 (n₂ = n₁/λ). R: <c>longpower::edland.linear.power(n, delta, …)$power</c>.</summary>
    /// <param name="inputs">Schedule, variance components, dropout pattern and allocation.</param>
    /// <param name="sampleSizeGroup1">n₁ &gt; 0.</param>
    /// <param name="delta">Difference in mean slopes.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (longpower's default two-sided).</param>
    public static LinearSlopeDesign EdlandPower(LinearSlopeDesignInputs inputs, double sampleSizeGroup1, double delta, double alpha, Sidedness sidedness = Sidedness.TwoSided)
    {
        ZValues.Positive(sampleSizeGroup1, nameof(sampleSizeGroup1));
        var za = ZValues.Alpha(alpha, sidedness);
        var e = Evaluate(inputs);
        var power = Dist.NormalCdf(Math.Sqrt(sampleSizeGroup1 * delta * delta / (e.Term1 + (e.Term2 * e.Lambda))) - za);
        return e.Result(sampleSizeGroup1, delta, alpha, power, sidedness, DesignQuantity.Power);
    }

    /// <summary>Smallest slope difference detectable with the given power. R: <c>longpower::edland.linear.power(n, power, …)$delta</c>.</summary>
    /// <param name="inputs">Schedule, variance components, dropout pattern and allocation.</param>
    /// <param name="sampleSizeGroup1">n₁ &gt; 0.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (longpower's default two-sided).</param>
    public static LinearSlopeDesign EdlandDetectableDifference(LinearSlopeDesignInputs inputs, double sampleSizeGroup1, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided)
    {
        ZValues.Positive(sampleSizeGroup1, nameof(sampleSizeGroup1));
        var z = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        var e = Evaluate(inputs);
        var delta = Math.Sqrt(z * z * (e.Term1 + (e.Term2 * e.Lambda)) / sampleSizeGroup1);
        return e.Result(sampleSizeGroup1, delta, alpha, power, sidedness, DesignQuantity.EffectSize);
    }

    /// <summary>
    /// Sample size per group with working covariance σ²R. R: <c>longpower::diggle.linear.power(delta, t, sigma2, R, sig.level, power, alternative)$n</c>.
    /// </summary>
    /// <param name="times">Visit times (at least two, increasing).</param>
    /// <param name="correlation">R: a K×K correlation (or, with <paramref name="sigma2"/> = 1, covariance) matrix, positive definite.</param>
    /// <param name="sigma2">σ² multiplying R, &gt; 0.</param>
    /// <param name="delta">Difference in mean slopes, ≠ 0.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (longpower's default two-sided).</param>
    public static LinearSlopeDesign DiggleSampleSize(
        IReadOnlyList<double> times, double[,] correlation, double sigma2, double delta, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided)
    {
        NonZero(delta, nameof(delta));
        var z = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        var d = EvaluateDiggle(times, correlation, sigma2);
        var n = 2 * z * z * d.Term1 / (delta * delta);
        return d.Result(n, delta, alpha, power, sidedness, DesignQuantity.SampleSize);
    }

    /// <summary>
    /// Sample size per group with exchangeable correlation ρ: n = 2(z_α + z_β)²σ²(1 − ρ)/(Δ²·Σ(tⱼ − t̄)²).
    /// R: <c>longpower::diggle.linear.power(delta, t, sigma2, R = rho, …)$n</c>.
    /// </summary>
    /// <param name="times">Visit times (at least two, increasing).</param>
    /// <param name="sigma2">Variance of a measurement, &gt; 0.</param>
    /// <param name="rho">Exchangeable correlation, in (−1/(K−1), 1).</param>
    /// <param name="delta">Difference in mean slopes, ≠ 0.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided (longpower's default two-sided).</param>
    public static LinearSlopeDesign DiggleSampleSizeExchangeable(
        IReadOnlyList<double> times, double sigma2, double rho, double delta, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided) =>
        DiggleSampleSize(times, Exchangeable(times.Count, rho), sigma2, delta, alpha, power, sidedness);

    /// <summary>Power per group size n. R: <c>longpower::diggle.linear.power(n, delta, t, sigma2, R, …)$power</c>.</summary>
    /// <param name="times">Visit times.</param>
    /// <param name="correlation">Working correlation (or covariance) matrix.</param>
    /// <param name="sigma2">σ² multiplying R.</param>
    /// <param name="sampleSizePerGroup">n per group, &gt; 0.</param>
    /// <param name="delta">Difference in mean slopes.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided.</param>
    public static LinearSlopeDesign DigglePower(
        IReadOnlyList<double> times, double[,] correlation, double sigma2, double sampleSizePerGroup, double delta, double alpha, Sidedness sidedness = Sidedness.TwoSided)
    {
        ZValues.Positive(sampleSizePerGroup, nameof(sampleSizePerGroup));
        var za = ZValues.Alpha(alpha, sidedness);
        var d = EvaluateDiggle(times, correlation, sigma2);
        var power = Dist.NormalCdf(Math.Sqrt(sampleSizePerGroup * delta * delta / (2 * d.Term1)) - za);
        return d.Result(sampleSizePerGroup, delta, alpha, power, sidedness, DesignQuantity.Power);
    }

    /// <summary>Detectable slope difference for n per group. R: <c>longpower::diggle.linear.power(n, t, sigma2, R, power, …)$delta</c>.</summary>
    /// <param name="times">Visit times.</param>
    /// <param name="correlation">Working correlation (or covariance) matrix.</param>
    /// <param name="sigma2">σ² multiplying R.</param>
    /// <param name="sampleSizePerGroup">n per group, &gt; 0.</param>
    /// <param name="alpha">Significance level in (0, 1).</param>
    /// <param name="power">Power in (0, 1).</param>
    /// <param name="sidedness">One- or two-sided.</param>
    public static LinearSlopeDesign DiggleDetectableDifference(
        IReadOnlyList<double> times, double[,] correlation, double sigma2, double sampleSizePerGroup, double alpha, double power, Sidedness sidedness = Sidedness.TwoSided)
    {
        ZValues.Positive(sampleSizePerGroup, nameof(sampleSizePerGroup));
        var z = ZValues.Alpha(alpha, sidedness) + ZValues.Power(power);
        var d = EvaluateDiggle(times, correlation, sigma2);
        var delta = Math.Sqrt(2 * z * z * d.Term1 / sampleSizePerGroup);
        return d.Result(sampleSizePerGroup, delta, alpha, power, sidedness, DesignQuantity.EffectSize);
    }

    /// <summary>
    /// Converts a retention curve into longpower's last-visit proportions: pₖ = rₖ − rₖ₊₁, p_K = r_K, where rₖ is the
    /// proportion still in the study at visit k (r₁ = 1, non-increasing).
    /// </summary>
    /// <param name="retained">Proportion retained at each visit, starting at 1 and non-increasing.</param>
    public static double[] LastVisitProportionsFromRetention(IReadOnlyList<double> retained)
    {
        if (retained.Count < 2 || Math.Abs(retained[0] - 1) > 1e-12)
        {
            throw new StatisticsInputException("retained must have a value per visit (at least two) and start at 1 (everyone attends the first visit).", nameof(retained));
        }

        var p = new double[retained.Count];
        for (var k = 0; k < retained.Count; k++)
        {
            var next = k + 1 < retained.Count ? retained[k + 1] : 0;
            if (!(retained[k] >= next && next >= 0 && retained[k] <= 1))
            {
                throw new StatisticsInputException($"retained[{k}] = {retained[k]}: retention must lie in [0, 1] and never increase.", nameof(retained));
            }

            p[k] = retained[k] - next;
        }

        return p;
    }

    private static Evaluated Evaluate(LinearSlopeDesignInputs inputs)
    {
        var t = CheckTimes(inputs.Times);
        var lambda = ZValues.Positive(inputs.AllocationRatio, "AllocationRatio");
        var v1 = CheckVariance(inputs.Group1, "Group1");
        var v2 = CheckVariance(inputs.Group2 ?? inputs.Group1, "Group2");
        var complete = new double[t.Length];
        complete[^1] = 1;
        var p1 = CheckProportions(inputs.LastVisitProportionsGroup1 ?? complete, t.Length, "LastVisitProportionsGroup1");
        var p2 = CheckProportions(inputs.LastVisitProportionsGroup2 ?? p1, t.Length, "LastVisitProportionsGroup2");

        var warnings = new List<string>();
        AddDropoutWarnings(warnings, p1, v1, "group 1");
        if (!ReferenceEquals(p2, p1) || !ReferenceEquals(v2, v1))
        {
            AddDropoutWarnings(warnings, p2, v2, "group 2");
        }

        var term1 = SlopeInformation.SlopeVariance(t, SlopeInformation.RandomSlopeCovariance(t, v1), p1, "Group1");
        var term2 = SlopeInformation.SlopeVariance(t, SlopeInformation.RandomSlopeCovariance(t, v2), p2, "Group2");
        return new Evaluated(t, p1, p2, term1, term2, lambda, SlopePowerMethod.Edland, warnings);
    }

    private static Evaluated EvaluateDiggle(IReadOnlyList<double> times, double[,] correlation, double sigma2)
    {
        var t = CheckTimes(times);
        ZValues.Positive(sigma2, nameof(sigma2));
        if (correlation.GetLength(0) != t.Length || correlation.GetLength(1) != t.Length)
        {
            throw new StatisticsInputException($"correlation is {correlation.GetLength(0)}×{correlation.GetLength(1)} but there are {t.Length} visit times.", nameof(correlation));
        }

        var v = new double[t.Length, t.Length];
        for (var i = 0; i < t.Length; i++)
        {
            for (var j = 0; j < t.Length; j++)
            {
                if (!double.IsFinite(correlation[i, j]) || Math.Abs(correlation[i, j] - correlation[j, i]) > 1e-12 * Math.Abs(correlation[i, j]))
                {
                    throw new StatisticsInputException($"correlation[{i}, {j}] = {correlation[i, j]}: the matrix must be finite and symmetric.", nameof(correlation));
                }

                v[i, j] = sigma2 * correlation[i, j];
            }
        }

        var complete = new double[t.Length];
        complete[^1] = 1;
        var xi = SlopeInformation.SlopeVariance(t, v, complete, nameof(correlation));
        return new Evaluated(t, complete, complete, xi, xi, 1, SlopePowerMethod.Diggle, []);
    }

    private static double[,] Exchangeable(int k, double rho)
    {
        if (!(rho < 1 && rho > -1.0 / Math.Max(1, k - 1)))
        {
            throw new StatisticsInputException($"rho = {rho}: an exchangeable correlation for {k} visits must lie in (−1/{k - 1}, 1).", nameof(rho));
        }

        var r = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                r[i, j] = i == j ? 1 : rho;
            }
        }

        return r;
    }

    private static double[] CheckTimes(IReadOnlyList<double> times)
    {
        if (times is null || times.Count < 2)
        {
            throw new StatisticsInputException("times needs at least two visit times to define a slope.", nameof(times));
        }

        var t = times.ToArray();
        Guard.Finite(t, nameof(times));
        for (var i = 1; i < t.Length; i++)
        {
            if (!(t[i] > t[i - 1]))
            {
                throw new StatisticsInputException($"times[{i}] = {t[i]} is not after times[{i - 1}] = {t[i - 1]}: visit times must increase.", nameof(times));
            }
        }

        return t;
    }

    private static SlopeVarianceComponents CheckVariance(SlopeVarianceComponents v, string name)
    {
        if (!(v.SlopeVariance >= 0 && double.IsFinite(v.SlopeVariance)) || !(v.ResidualVariance > 0 && double.IsFinite(v.ResidualVariance))
            || !(v.InterceptVariance >= 0 && double.IsFinite(v.InterceptVariance)) || !double.IsFinite(v.InterceptSlopeCovariance))
        {
            throw new StatisticsInputException(
                $"{name} = {v}: slope and intercept variances must be ≥ 0, the residual variance > 0, the covariance finite.", name);
        }

        if (v.InterceptSlopeCovariance * v.InterceptSlopeCovariance > v.InterceptVariance * v.SlopeVariance * (1 + 1e-12))
        {
            throw new StatisticsInputException(
                $"{name}: |InterceptSlopeCovariance| = {Math.Abs(v.InterceptSlopeCovariance)} exceeds √(InterceptVariance·SlopeVariance); the random-effects covariance must be positive semi-definite.", name);
        }

        return v;
    }

    private static double[] CheckProportions(IReadOnlyList<double> p, int k, string name)
    {
        if (p.Count != k)
        {
            throw new StatisticsInputException($"{name} has {p.Count} values but there are {k} visit times.", name);
        }

        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            if (!(p[i] >= 0 && p[i] <= 1))
            {
                throw new StatisticsInputException($"{name}[{i}] = {p[i]}: proportions must lie in [0, 1].", name);
            }

            sum += p[i];
        }

        if (Math.Abs(sum - 1) > 1e-9)
        {
            throw new StatisticsInputException($"{name} sums to {sum}; the proportions by last visit must sum to 1.", name);
        }

        return p as double[] ?? p.ToArray();
    }

    private static void AddDropoutWarnings(List<string> warnings, double[] p, SlopeVarianceComponents v, string group)
    {
        if (p[0] > 0)
        {
            warnings.Add($"{p[0]:P1} of {group} attend only the first visit; they add nothing to the slope estimate but count in n.");
        }

        if (p[^1] < 1 && v.InterceptVariance == 0 && v.InterceptSlopeCovariance == 0)
        {
            warnings.Add($"With dropout in {group} the result depends on the intercept variance and intercept–slope covariance, which are both 0 here; supply the REML estimates.");
        }
    }

    private static void NonZero(double delta, string name)
    {
        if (!(double.IsFinite(delta) && delta != 0))
        {
            throw new StatisticsInputException($"{name} = {delta}: the slope difference must be a finite non-zero number.", name);
        }
    }

    private sealed record Evaluated(
        double[] Times, double[] P1, double[] P2, double Term1, double Term2, double Lambda, SlopePowerMethod Method, List<string> Warnings)
    {
        public LinearSlopeDesign Result(double n1, double delta, double alpha, double power, Sidedness sidedness, DesignQuantity solved)
        {
            var n2 = n1 / Lambda;
            var diagnostics = Warnings.Count == 0 ? FitDiagnostics.Exact : new FitDiagnostics(true, 0, Warnings.ToArray());
            return new LinearSlopeDesign(
                n1, n2, CeilingOf(n1), CeilingOf(n2), Math.Abs(delta), alpha, power, sidedness, Lambda, Times, P1, P2, Term1, Term2, solved, Method, diagnostics);
        }

        private static int CeilingOf(double n) => n >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(n);
    }
}
