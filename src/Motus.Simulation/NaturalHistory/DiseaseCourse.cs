using Motus.Domain.Patients;
using Motus.Simulation.Common;

namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// The latent disease course of one patient, reused from patient to patient (scratch buffers, no per-visit allocation):
/// disease time θ on a grid from onset (progressing or on a plateau, speed drifting, multiplied by a treatment effect),
/// loss Λ(θ) = r·T·(g(θ)/T)^p with an early ramp g, its split over the four ALSFRS-R domains and their items, and FVC.
/// </summary>
internal sealed class DiseaseCourse
{
    /// <summary>Grid step of the disease clock, months.</summary>
    public const double Step = 0.25;

    private const int Domains = 4;
    private static readonly double[][] DomainWeights =
    [
        [0.45, 0.20, 0.20, 0.15], // bulbar onset: bulbar, fine motor, gross motor, respiratory
        [0.15, 0.45, 0.25, 0.15], // upper-limb onset
        [0.15, 0.25, 0.45, 0.15], // lower-limb onset
    ];

    private readonly NaturalHistoryParameters _p;
    private readonly double _itemNoise;
    private readonly double[] _weights = new double[Domains];
    private readonly double[] _offsets = new double[Domains];
    private readonly double[] _itemShare = new double[SimulatedPatient.ItemsPerVisit];
    private readonly double[] _domainLoss = new double[Domains];
    private readonly double[] _itemLoss = new double[SimulatedPatient.ItemsPerVisit];
    private double[] _theta = new double[512];
    private int _gridCount;

    public DiseaseCourse(NaturalHistoryParameters parameters)
    {
        _p = parameters;
        _itemNoise = Math.Sqrt(Math.Max(0, (parameters.ResidualSd * parameters.ResidualSd / 12.0) - (1.0 / 12.0)));
    }

    public double Rate { get; private set; }
    public double Exponent { get; private set; }
    public double FvcAtOnset { get; private set; }
    public double FvcLossPerPoint { get; private set; }

    /// <summary>Draws the patient's progression parameters and runs the disease clock from onset to <paramref name="horizon"/> months.</summary>
    public void Start(RandomStream rng, OnsetRegion region, double horizon, double treatmentStart, double slopeMultiplier)
    {
        Rate = Math.Exp(Math.Log(_p.RateMedian) + (_p.RateLogSd * rng.NextNormal()));
        Exponent = Math.Exp(Math.Log(_p.CurvatureMedian) + (_p.CurvatureLogSd * rng.NextNormal()));
        FvcAtOnset = Math.Clamp(rng.NextNormal(_p.FvcAtOnsetMean, _p.FvcAtOnsetSd), 60, 140);
        FvcLossPerPoint = Math.Exp(Math.Log(_p.FvcLossPerPoint) + (_p.FvcLossLogSd * rng.NextNormal()));

        var weights = DomainWeights[region switch { OnsetRegion.Bulbar => 0, OnsetRegion.UpperLimb => 1, _ => 2 }];
        var onsetDomain = region switch { OnsetRegion.Bulbar => 0, OnsetRegion.UpperLimb => 1, _ => 2 };
        var sum = 0.0;
        for (var d = 0; d < Domains; d++)
        {
            _weights[d] = weights[d] * Math.Exp(0.25 * rng.NextNormal());
            sum += _weights[d];
            // Spread starts in the onset domain; the others join after some loss elsewhere, breathing last [U].
            _offsets[d] = d == onsetDomain ? 0 : d == 3 ? 4 + (10 * rng.NextDouble()) : 2 + (8 * rng.NextDouble());
        }

        for (var d = 0; d < Domains; d++)
        {
            _weights[d] /= sum;
            var a0 = Math.Exp(_p.ItemShareLogSd * rng.NextNormal());
            var a1 = Math.Exp(_p.ItemShareLogSd * rng.NextNormal());
            var a2 = Math.Exp(_p.ItemShareLogSd * rng.NextNormal());
            var scale = 1 / (a0 + a1 + a2);
            _itemShare[(3 * d) + 0] = a0 * scale;
            _itemShare[(3 * d) + 1] = a1 * scale;
            _itemShare[(3 * d) + 2] = a2 * scale;
        }

        RunClock(rng, horizon, treatmentStart, slopeMultiplier);
    }

    /// <summary>Disease time θ (months of progression) at <paramref name="month"/> months since onset.</summary>
    public double Theta(double month)
    {
        if (month <= 0)
        {
            return 0;
        }

        var x = month / Step;
        var k = (int)x;
        if (k >= _gridCount - 1)
        {
            return _theta[_gridCount - 1];
        }

        var f = x - k;
        return _theta[k] + (f * (_theta[k + 1] - _theta[k]));
    }

    /// <summary>ALSFRS-R points lost (0–48) at <paramref name="month"/> months since onset.</summary>
    public double Loss(double month)
    {
        var theta = Theta(month);
        if (theta <= 0)
        {
            return 0;
        }

        // Early ramp: the speed rises from 0 towards r over ≈ θ0 months after onset, g(θ) = θ − θ0·(1 − e^(−θ/θ0)).
        var ramp = _p.EarlyRampMonths;
        var g = ramp > 0 ? theta - (ramp * (1 - Math.Exp(-theta / ramp))) : theta;
        var t = _p.CurvatureReferenceMonths;
        return Math.Min(48, Rate * t * Math.Pow(g / t, Exponent));
    }

    /// <summary>Latent FVC % predicted for a loss of <paramref name="loss"/> points.</summary>
    public double LatentFvc(double loss) => Math.Max(5, FvcAtOnset - (FvcLossPerPoint * loss));

    /// <summary>Latent score (0–4) of the swallowing item for a loss of <paramref name="loss"/> points.</summary>
    public double LatentSwallowing(double loss)
    {
        SplitLoss(loss);
        SplitDomain(0);
        return 4 - _itemLoss[2];
    }

    /// <summary>Writes the 12 observed item scores for a loss of <paramref name="loss"/> points into <paramref name="items"/>.</summary>
    public void Score(RandomStream rng, double loss, bool niv, bool gastrostomy, Span<byte> items)
    {
        SplitLoss(loss);
        for (var d = 0; d < Domains; d++)
        {
            SplitDomain(d);
        }

        for (var k = 0; k < SimulatedPatient.ItemsPerVisit; k++)
        {
            var itemLoss = _itemLoss[k];
            var noise = _itemNoise * Math.Min(1, itemLoss) * rng.NextNormal();
            var score = (int)Math.Floor(4 - itemLoss + noise + 0.5);
            items[k] = (byte)Math.Clamp(score, 0, 4);
        }

        // R3 (respiratory insufficiency) describes ventilation: 4 without NIV, 1–3 with it (0 is invasive ventilation).
        items[11] = niv ? (byte)Math.Clamp((int)items[11], 1, 3) : (byte)4;
        if (gastrostomy)
        {
            items[2] = Math.Min(items[2], (byte)1); // "needs supplemental tube feeding"
        }
    }

    private void RunClock(RandomStream rng, double horizon, double treatmentStart, double slopeMultiplier)
    {
        var steps = (int)Math.Ceiling(horizon / Step) + 2;
        if (_theta.Length < steps)
        {
            _theta = new double[Math.Max(steps, 2 * _theta.Length)];
        }

        var drift = 0.0;
        var tau = _p.SlopeDriftSd;
        var sqrtStep = Math.Sqrt(Step);
        var enterPlateau = 1 - Math.Exp(-_p.PlateauEntryRate * Step);
        var leavePlateau = 1 - Math.Exp(-Step / _p.PlateauMeanMonths);
        var onPlateau = false;
        _theta[0] = 0;
        for (var k = 0; k < steps - 1; k++)
        {
            var t = k * Step;
            var speed = 0.0;
            if (!onPlateau)
            {
                speed = Math.Exp(drift - (tau * tau * t / 2));
                // The treatment multiplies the speed from its start on (the fraction of the step after the start).
                var treated = Math.Clamp((t + Step - treatmentStart) / Step, 0, 1);
                speed *= 1 + (treated * (slopeMultiplier - 1));
            }

            _theta[k + 1] = _theta[k] + (speed * Step);
            drift += tau * sqrtStep * rng.NextNormal();
            var u = rng.NextDouble();
            onPlateau = onPlateau ? u >= leavePlateau : u < enterPlateau;
        }

        _gridCount = steps;
    }

    /// <summary>Shares a loss over the domains: domain d loses min(12, w_d·max(0, s − o_d)), with s such that the losses sum to the total.</summary>
    private void SplitLoss(double loss)
    {
        loss = Math.Min(loss, 48);
        var lo = 0.0;
        var hi = 0.0;
        for (var d = 0; d < Domains; d++)
        {
            hi = Math.Max(hi, _offsets[d] + (12 / _weights[d]));
        }

        for (var i = 0; i < 40; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (DomainSum(mid) < loss)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var s = 0.5 * (lo + hi);
        for (var d = 0; d < Domains; d++)
        {
            _domainLoss[d] = Math.Min(12, _weights[d] * Math.Max(0, s - _offsets[d]));
        }
    }

    /// <summary>Shares domain <paramref name="d"/>'s loss over its three items in proportion to their shares, an item at 0 passing its excess on.</summary>
    private void SplitDomain(int d)
    {
        var first = 3 * d;
        var remaining = _domainLoss[d];
        var activeShare = 0.0;
        for (var k = first; k < first + 3; k++)
        {
            _itemLoss[k] = -1; // not yet fixed
            activeShare += _itemShare[k];
        }

        for (var round = 0; round < 3; round++)
        {
            var u = remaining / activeShare;
            var capped = -1;
            for (var k = first; k < first + 3; k++)
            {
                if (_itemLoss[k] < 0 && _itemShare[k] * u > 4 && (capped < 0 || _itemShare[k] > _itemShare[capped]))
                {
                    capped = k;
                }
            }

            if (capped < 0)
            {
                for (var k = first; k < first + 3; k++)
                {
                    if (_itemLoss[k] < 0)
                    {
                        _itemLoss[k] = _itemShare[k] * u;
                    }
                }

                return;
            }

            _itemLoss[capped] = 4;
            remaining -= 4;
            activeShare -= _itemShare[capped];
        }
    }

    private double DomainSum(double s)
    {
        var sum = 0.0;
        for (var d = 0; d < Domains; d++)
        {
            sum += Math.Min(12, _weights[d] * Math.Max(0, s - _offsets[d]));
        }

        return sum;
    }
}
