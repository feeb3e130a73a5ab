using Motus.Domain.Patients;
using Motus.Simulation.Common;

namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// The seeded ALS natural-history generator (docs/methods/natural-history.md). Patient <c>i</c> of a cohort seeded with
/// <c>s</c> is drawn from <c>RandomStream.ForReplicate(s, i)</c>, so a cohort is the same whatever the order or the
/// number of threads that make it. An instance keeps scratch buffers: use one instance per thread.
/// </summary>
/// <remarks>
/// <para>Order of a patient's draws: baseline covariates; the disease course from onset (progression rate, curvature,
/// domain spread, plateaus, drift); the ENCALS composite event conditional on being event-free at enrolment; then the
/// visits with jitter, missed visits, informative dropout, item scores, FVC, NIV and gastrostomy. The same patient index
/// consumes the same random numbers with or without a <see cref="TreatmentEffect"/> up to the visits, so a treated and an
/// untreated copy of a patient share their covariates and latent course before the effect starts.</para>
/// <para>Trial simulation hooks: time origin = enrolment (day 0); lead-in visits before it come from negative months in
/// the <see cref="VisitSchedule"/>; entry criteria can be evaluated on the pre-enrolment data of each patient
/// (<see cref="SimulatedPatient.DeltaFsAtEnrolment"/>, <see cref="SimulatedPatient.ObservedEncalsLinearPredictor"/>, lead-in totals),
/// drawing patients index after index until enough qualify.</para>
/// </remarks>
public sealed class NaturalHistoryGenerator
{
    private readonly DiseaseCourse _course;
    private readonly double[] _plannedDays;
    private int[] _days = new int[64];
    private byte[] _items = new byte[64 * SimulatedPatient.ItemsPerVisit];
    private double[] _fvc = new double[64];

    /// <summary>Creates a generator.</summary>
    /// <param name="parameters">Model parameters; <see cref="NaturalHistoryParameters.Default"/> when null.</param>
    /// <param name="schedule">Visit schedule; <see cref="VisitSchedule.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A parameter or the schedule is invalid.</exception>
    public NaturalHistoryGenerator(NaturalHistoryParameters? parameters = null, VisitSchedule? schedule = null)
    {
        Parameters = parameters ?? NaturalHistoryParameters.Default;
        Schedule = schedule ?? VisitSchedule.Default;
        Parameters.Validate();
        Schedule.Validate();
        _course = new DiseaseCourse(Parameters);
        _plannedDays = [.. Schedule.PlannedMonths.Select(m => m * SimulatedPatient.DaysPerMonth)];
    }

    /// <summary>The model parameters.</summary>
    public NaturalHistoryParameters Parameters { get; }

    /// <summary>The visit schedule.</summary>
    public VisitSchedule Schedule { get; }

    /// <summary>Generates patients 0 … <paramref name="count"/> − 1 of the cohort seeded with <paramref name="seed"/>.</summary>
    /// <param name="count">Number of patients (≥ 0).</param>
    /// <param name="seed">Cohort seed.</param>
    /// <param name="effect">True treatment effect for every patient; none when null.</param>
    public SimulatedPatient[] GenerateCohort(int count, ulong seed, TreatmentEffect? effect = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var patients = new SimulatedPatient[count];
        for (var i = 0; i < count; i++)
        {
            patients[i] = Generate(RandomStream.ForReplicate(seed, i), i, effect);
        }

        return patients;
    }

    /// <summary>Generates one patient from <paramref name="random"/> (normally <c>RandomStream.ForReplicate(seed, index)</c>).</summary>
    /// <param name="random">The patient's random stream.</param>
    /// <param name="index">The patient's index, recorded on the result.</param>
    /// <param name="effect">True treatment effect; none when null.</param>
    public SimulatedPatient Generate(RandomStream random, int index, TreatmentEffect? effect = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        effect ??= TreatmentEffect.None;
        effect.Validate();
        var p = Parameters;
        var rng = random;

        // Baseline covariates.
        var male = rng.NextDouble() < p.MaleProportion;
        var region = rng.NextDouble() < p.BulbarOnsetProportion ? OnsetRegion.Bulbar
            : rng.NextDouble() < p.UpperLimbShareOfLimbOnset ? OnsetRegion.UpperLimb : OnsetRegion.LowerLimb;
        var age = TruncatedNormal(rng, p.AgeAtOnsetMean, p.AgeAtOnsetSd, 25, 88);
        var delay = Math.Clamp(LogNormal(rng, p.DiagnosticDelayMedian, p.DiagnosticDelayLogSd), 1, 120);
        var category = Category(rng.NextDouble(), p.ElEscorialProportions);
        var c9 = rng.NextDouble() < p.C9orf72Proportion;
        var ftd = rng.NextDouble() < p.FtdProportion;
        var riluzole = rng.NextDouble() < p.RiluzoleProportion;
        var gap = Math.Clamp(LogNormal(rng, p.EnrolmentGapMedian, p.EnrolmentGapLogSd), 0, 60);

        // Whole days: onset and diagnosis before enrolment (day 0).
        var diagnosisDay = -(int)Math.Round(gap * SimulatedPatient.DaysPerMonth);
        var onsetDay = diagnosisDay - Math.Max(1, (int)Math.Round(delay * SimulatedPatient.DaysPerMonth));
        var enrolMonth = -onsetDay / SimulatedPatient.DaysPerMonth;
        var diagnosisMonth = (diagnosisDay - onsetDay) / SimulatedPatient.DaysPerMonth;
        var treatmentMonth = enrolMonth + (effect.StartDay / SimulatedPatient.DaysPerMonth);

        // Latent course from onset to the end of vital-status follow-up.
        var horizon = enrolMonth + Math.Max(Schedule.VitalStatusHorizon, Schedule.PlannedMonths[^1]) + 1;
        _course.Start(rng, region, horizon, treatmentMonth, effect.SlopeMultiplier);
        var lossAtDiagnosis = _course.Loss(diagnosisMonth);
        var deltaFs = lossAtDiagnosis / diagnosisMonth;
        var fvcAtDiagnosis = Math.Clamp(_course.LatentFvc(lossAtDiagnosis), 10, 150);
        var lp = EncalsEventSampler.LinearPredictor(deltaFs, diagnosisMonth, age, fvcAtDiagnosis, region == OnsetRegion.Bulbar,
            category == DiagnosticCategory.ElEscorialDefinite, ftd, c9);
        var eventMonth = EncalsEventSampler.Draw(lp, enrolMonth, rng.NextOpenDouble(), treatmentMonth, effect.HazardRatio);
        var terminalDay = Math.Max(1, (int)Math.Ceiling((eventMonth - enrolMonth) * SimulatedPatient.DaysPerMonth));
        var terminalKind = rng.NextDouble() < p.TracheostomyShare ? TerminalEventKind.Tracheostomy : TerminalEventKind.Death;

        var visits = Visits(rng, onsetDay, enrolMonth, terminalDay, out var dropoutDay, out var gastrostomyDay, out var nivDay);
        return new SimulatedPatient(_days.AsSpan(0, visits).ToArray(), _items.AsSpan(0, visits * SimulatedPatient.ItemsPerVisit).ToArray(), _fvc.AsSpan(0, visits).ToArray())
        {
            Index = index,
            IsMale = male,
            AgeAtOnset = age,
            OnsetRegion = region,
            DiagnosticCategory = category,
            C9orf72 = c9,
            Ftd = ftd,
            Riluzole = riluzole,
            OnsetDay = onsetDay,
            DiagnosisDay = diagnosisDay,
            GastrostomyDay = gastrostomyDay,
            NivDay = nivDay,
            TerminalEventDay = terminalDay,
            TerminalEventKind = terminalKind,
            VitalStatusEndDay = (int)Math.Round(Schedule.VitalStatusHorizon * SimulatedPatient.DaysPerMonth),
            DropoutDay = dropoutDay,
            ProgressionRate = _course.Rate,
            CurvatureExponent = _course.Exponent,
            DeltaFsAtDiagnosis = deltaFs,
            FvcAtDiagnosis = fvcAtDiagnosis,
            EncalsLinearPredictor = lp,
        };
    }

    private int Visits(RandomStream rng, int onsetDay, double enrolMonth, int terminalDay, out int? dropoutDay, out int? gastrostomyDay, out int? nivDay)
    {
        var p = Parameters;
        dropoutDay = null;
        gastrostomyDay = null;
        nivDay = null;
        var gastrostomyOffered = false;
        var nivOffered = false;
        var count = 0;
        var previousDay = onsetDay; // visits come after onset
        var previousPlanned = 0.0;
        for (var j = 0; j < _plannedDays.Length; j++)
        {
            var planned = _plannedDays[j];
            var enrolment = planned == 0;
            var day = enrolment ? 0 : (int)Math.Round(planned) + (Schedule.JitterDays == 0 ? 0 : rng.NextInt((2 * Schedule.JitterDays) + 1) - Schedule.JitterDays);
            var missed = !enrolment && rng.NextDouble() < Schedule.MissedVisitProbability;
            if (planned > 0)
            {
                // Informative dropout between the previous planned follow-up time and this one.
                var lost = _course.Loss(enrolMonth + (Math.Max(0, previousPlanned) / SimulatedPatient.DaysPerMonth));
                var hazard = p.DropoutBaseRate * Math.Exp(p.DropoutLossCoefficient * lost / 48);
                var months = (planned - Math.Max(0, previousPlanned)) / SimulatedPatient.DaysPerMonth;
                if (rng.NextDouble() < 1 - Math.Exp(-hazard * months) && day < terminalDay)
                {
                    dropoutDay = Math.Max(day, previousDay + 1);
                    break;
                }
            }

            previousPlanned = planned;
            if (day >= terminalDay)
            {
                break;
            }

            if (missed || day <= previousDay)
            {
                continue;
            }

            var loss = _course.Loss(enrolMonth + (day / SimulatedPatient.DaysPerMonth));
            if (!gastrostomyOffered && _course.LatentSwallowing(loss) < p.GastrostomySwallowingThreshold)
            {
                gastrostomyOffered = true;
                if (rng.NextDouble() < p.GastrostomyAcceptance)
                {
                    gastrostomyDay = day - rng.NextInt(Math.Clamp(day - previousDay, 1, 15));
                }
            }

            if (!nivOffered && _course.LatentFvc(loss) < p.NivFvcThreshold)
            {
                nivOffered = true;
                if (rng.NextDouble() < p.NivAcceptance)
                {
                    nivDay = day - rng.NextInt(Math.Clamp(day - previousDay, 1, 15));
                }
            }

            EnsureCapacity(count + 1);
            _days[count] = day;
            _course.Score(rng, loss, nivDay is not null, gastrostomyDay is not null, _items.AsSpan(count * SimulatedPatient.ItemsPerVisit, SimulatedPatient.ItemsPerVisit));
            var fvc = Math.Clamp(_course.LatentFvc(loss) + (p.FvcNoiseSd * rng.NextNormal()), 5, 150);
            _fvc[count] = Math.Round(fvc, 1);
            previousDay = day;
            count++;
        }

        return count;
    }

    private void EnsureCapacity(int visits)
    {
        if (_days.Length >= visits)
        {
            return;
        }

        Array.Resize(ref _days, 2 * _days.Length);
        Array.Resize(ref _fvc, 2 * _fvc.Length);
        Array.Resize(ref _items, 2 * _items.Length);
    }

    private static double LogNormal(RandomStream rng, double median, double logSd) => Math.Exp(Math.Log(median) + (logSd * rng.NextNormal()));

    private static double TruncatedNormal(RandomStream rng, double mean, double sd, double min, double max)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var x = rng.NextNormal(mean, sd);
            if (x >= min && x <= max)
            {
                return x;
            }
        }

        return Math.Clamp(mean, min, max);
    }

    private static readonly DiagnosticCategory[] Categories =
        [DiagnosticCategory.ElEscorialDefinite, DiagnosticCategory.ElEscorialProbable, DiagnosticCategory.ElEscorialPossible, DiagnosticCategory.ElEscorialSuspected];

    private static DiagnosticCategory Category(double u, IReadOnlyList<double> proportions)
    {
        var categories = Categories;
        var cumulative = 0.0;
        for (var k = 0; k < categories.Length - 1; k++)
        {
            cumulative += proportions[k];
            if (u < cumulative)
            {
                return categories[k];
            }
        }

        return categories[^1];
    }
}
