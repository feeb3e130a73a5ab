using Motus.Statistics.Common;
using Motus.Statistics.Distributions;

namespace Motus.Statistics.Design;

/// <summary>
/// Group-sequential efficacy boundaries from Lan–DeMets alpha spending, boundary-crossing probabilities and the
/// sample-size inflation of the design, by recursive numerical integration (Armitage, McPherson &amp; Rowe 1969, JRSS A
/// 132:235–244; Jennison &amp; Turnbull 2000, ch. 19).
/// </summary>
/// <remarks>
/// <para>At look k the boundary c_k solves P₀(no earlier crossing, cross at k) = α(t_k) − α(t_{k−1}), where α(·) is the
/// total spending function (see <see cref="TwoSidedSpendingConvention"/> for two-sided designs). Critical values agree with
/// rpact 3.3.4 to 1e-6 (rpact's own accuracy is about 1e-8; with the default grid r = 64 this implementation's integration error is about 3e-9, falling as r⁻⁴; it is below
/// 1e-9). No futility boundaries (binding or not) are computed.</para>
/// </remarks>
public static class GroupSequential
{
    /// <summary>Default r of the integration grid (about 12r points per look).</summary>
    public const int DefaultGridSize = 64;

    /// <summary>
    /// The spending function's value α(t): the alpha spent by information fraction t.
    /// R: <c>gsDesign::sfLDOF(alpha, t)$spend</c>, <c>gsDesign::sfLDPocock(alpha, t)$spend</c>.
    /// </summary>
    /// <param name="spending">O'Brien–Fleming-type or Pocock-type.</param>
    /// <param name="alpha">Level to spend in total, in (0, 1).</param>
    /// <param name="informationFraction">t in [0, 1].</param>
    public static double Spend(SpendingFunction spending, double alpha, double informationFraction)
    {
        Guard.Probability(alpha, nameof(alpha));
        var t = informationFraction;
        if (!(t >= 0 && t <= 1))
        {
            throw new StatisticsInputException($"informationFraction = {t}: must lie in [0, 1].", nameof(informationFraction));
        }

        if (t == 0)
        {
            return 0;
        }

        return spending switch
        {
            SpendingFunction.OBrienFlemingType => t == 1 ? alpha : 2 * Dist.NormalUpper(Dist.NormalUpperQuantile(alpha / 2) / Math.Sqrt(t)),
            SpendingFunction.PocockType => alpha * Math.Log(1 + ((Math.E - 1) * t)),
            _ => throw new StatisticsInputException($"spending = {spending} is not a known spending function.", nameof(spending)),
        };
    }

    /// <summary>
    /// Efficacy boundaries for a Lan–DeMets spending design.
    /// R: <c>rpact::getDesignGroupSequential(kMax = K, alpha, sided, typeOfDesign = "asOF" | "asP", informationRates)</c>.
    /// </summary>
    /// <param name="alpha">One-sided level (one-sided design) or total two-sided level (two-sided design), in (0, 1).</param>
    /// <param name="sidedness">One-sided, or two-sided with symmetric boundaries ±c_k.</param>
    /// <param name="spending">O'Brien–Fleming-type or Pocock-type.</param>
    /// <param name="informationFractions">t₁ &lt; … &lt; t_K = 1, 1 ≤ K ≤ 20.</param>
    /// <param name="twoSidedConvention">For two-sided designs: per-side α/2 (rpact/gsDesign, the default) or total α (Lan–DeMets 1983).</param>
    /// <param name="gridSize">r of the integration grid, 8…512 (default 64: critical values to ~3e-9; cost grows as r²).</param>
    public static GroupSequentialDesign LanDeMets(
        double alpha,
        Sidedness sidedness,
        SpendingFunction spending,
        IReadOnlyList<double> informationFractions,
        TwoSidedSpendingConvention twoSidedConvention = TwoSidedSpendingConvention.HalfAlphaPerSide,
        int gridSize = DefaultGridSize)
    {
        Guard.Probability(alpha, nameof(alpha));
        var t = CheckFractions(informationFractions);
        CheckGrid(gridSize);
        var twoSided = sidedness switch
        {
            Sidedness.OneSided => false,
            Sidedness.TwoSided => true,
            _ => throw new StatisticsInputException($"sidedness = {sidedness} is not a known sidedness.", nameof(sidedness)),
        };

        var k = t.Length;
        var cumulative = new double[k];
        for (var i = 0; i < k; i++)
        {
            cumulative[i] = !twoSided ? Spend(spending, alpha, t[i])
                : twoSidedConvention == TwoSidedSpendingConvention.HalfAlphaPerSide ? 2 * Spend(spending, alpha / 2, t[i])
                : Spend(spending, alpha, t[i]);
        }

        var warnings = new List<string>();
        var critical = new double[k];
        var nominal = new double[k];
        var recursion = new GroupSequentialRecursion(t, gridSize, 0);
        for (var i = 0; i < k; i++)
        {
            var increment = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            double c;
            if (!(increment > 1e-300))
            {
                c = double.PositiveInfinity;
                warnings.Add($"Look {i + 1} (t = {t[i]}) spends no alpha: it has no efficacy boundary.");
            }
            else
            {
                var start = Dist.NormalUpperQuantile(twoSided ? increment / 2 : increment);
                var equation = new CriticalValueEquation(recursion, increment, twoSided);
                c = MonotoneSolver.Solve(ref equation, start, twoSided ? 0 : double.NegativeInfinity, 40);
            }

            critical[i] = c;
            nominal[i] = Dist.NormalUpper(c);
            if (i + 1 < k)
            {
                recursion.Advance(c, twoSided ? -c : double.NegativeInfinity);
            }
        }

        var diagnostics = warnings.Count == 0 ? FitDiagnostics.Exact : new FitDiagnostics(true, 0, warnings.ToArray());
        return new GroupSequentialDesign(alpha, sidedness, spending, twoSidedConvention, t, critical, cumulative, nominal, gridSize, diagnostics);
    }

    /// <summary>
    /// Probabilities of first crossing the upper (and, two-sided, the lower) boundary at each look when E[Z_k] = θ√t_k.
    /// R: <c>gsDesign::gsProbability(k, theta, a, b, n.I)</c>; rpact's <c>getPowerAndAverageSampleNumber</c>.
    /// </summary>
    /// <param name="design">The design whose boundaries are used.</param>
    /// <param name="drift">θ = E[Z] at full information (0 = null hypothesis).</param>
    public static BoundaryCrossingProbabilities CrossingProbabilities(GroupSequentialDesign design, double drift)
    {
        if (!double.IsFinite(drift))
        {
            throw new StatisticsInputException($"drift = {drift}: must be a finite number.", nameof(drift));
        }

        var (upper, lower) = Crossing(design, drift);
        return new BoundaryCrossingProbabilities(drift, upper, lower);
    }

    /// <summary>
    /// Drift giving the target power and the resulting inflation of the maximum sample size over a fixed design.
    /// R: <c>rpact::getDesignCharacteristics(getDesignGroupSequential(…, beta = 1 - power))</c>.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="power">Target power in (0, 1), above the design's α.</param>
    public static GroupSequentialCharacteristics Characteristics(GroupSequentialDesign design, double power)
    {
        Guard.Probability(power, nameof(power));
        var oneSidedAlpha = design.Sidedness == Sidedness.TwoSided ? design.Alpha / 2 : design.Alpha;
        var fixedDrift = Dist.NormalUpperQuantile(oneSidedAlpha) + Dist.NormalQuantile(power);
        var theta = Roots.Brent(d => Crossing(design, d).Upper.Sum() - power, 0, Math.Max(1, 3 * fixedDrift), 1e-13);
        if (double.IsNaN(theta))
        {
            throw new StatisticsInputException($"power = {power} is not reachable with this design (it must exceed the one-sided level).", nameof(power));
        }

        var (upper, _) = Crossing(design, theta);
        var cumulative = new double[upper.Length];
        var run = 0.0;
        for (var i = 0; i < upper.Length; i++)
        {
            run += upper[i];
            cumulative[i] = run;
        }

        return new GroupSequentialCharacteristics(power, theta, theta * theta, fixedDrift, theta * theta / (fixedDrift * fixedDrift), upper, cumulative);
    }

    private static (double[] Upper, double[] Lower) Crossing(GroupSequentialDesign design, double drift)
    {
        var t = design.InformationFractions.ToArray();
        var twoSided = design.Sidedness == Sidedness.TwoSided;
        var recursion = new GroupSequentialRecursion(t, design.GridSize, drift);
        var upper = new double[t.Length];
        var lower = new double[t.Length];
        for (var i = 0; i < t.Length; i++)
        {
            var c = design.CriticalValues[i];
            var a = twoSided ? -c : double.NegativeInfinity;
            (upper[i], lower[i]) = recursion.Crossing(c, a);
            if (i + 1 < t.Length)
            {
                recursion.Advance(c, a);
            }
        }

        return (upper, lower);
    }

    private static double[] CheckFractions(IReadOnlyList<double> informationFractions)
    {
        if (informationFractions is null || informationFractions.Count < 1 || informationFractions.Count > 20)
        {
            throw new StatisticsInputException("informationFractions must have between 1 and 20 looks.", nameof(informationFractions));
        }

        var t = informationFractions.ToArray();
        for (var i = 0; i < t.Length; i++)
        {
            if (!(t[i] > (i == 0 ? 0 : t[i - 1]) && t[i] <= 1))
            {
                throw new StatisticsInputException(
                    $"informationFractions[{i}] = {t[i]}: fractions must increase strictly within (0, 1].", nameof(informationFractions));
            }
        }

        if (t[^1] != 1)
        {
            throw new StatisticsInputException(
                $"informationFractions ends at {t[^1]}: the last look must be at full information (t = 1).", nameof(informationFractions));
        }

        return t;
    }

    private static void CheckGrid(int gridSize)
    {
        if (gridSize < 8 || gridSize > 512)
        {
            throw new StatisticsInputException($"gridSize = {gridSize}: must lie between 8 and 512.", nameof(gridSize));
        }
    }
}
