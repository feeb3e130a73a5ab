using Motus.Domain.Patients;

namespace Motus.Simulation.NaturalHistory;

/// <summary>
/// One simulated patient in compact arrays. Every day is counted from enrolment (day 0, the first follow-up visit);
/// onset, diagnosis and lead-in visits have negative days. Item scores are stored 12 per visit in form order
/// (Q1 speech … Q9 stairs, R1 dyspnoea, R2 orthopnoea, R3 respiratory insufficiency); item 5 is 5b (the gastrostomy
/// alternate) on and after <see cref="GastrostomyDay"/>, else 5a. The terminal event day is the latent truth, known even
/// when it falls after dropout or after vital-status follow-up (<see cref="TerminalEventObserved"/> says whether a study
/// would see it).
/// </summary>
public sealed class SimulatedPatient
{
    /// <summary>Number of ALSFRS-R items per visit (5a/5b counted once).</summary>
    public const int ItemsPerVisit = 12;

    /// <summary>Days per month (365.25/12), the constant used for every day ↔ month conversion.</summary>
    public const double DaysPerMonth = 30.4375;

    private readonly int[] _visitDays;
    private readonly byte[] _items;
    private readonly double[] _fvc;

    internal SimulatedPatient(int[] visitDays, byte[] items, double[] fvc)
    {
        _visitDays = visitDays;
        _items = items;
        _fvc = fvc;
    }

    /// <summary>Index of the patient in its cohort (its random stream is <c>RandomStream.ForReplicate(seed, Index)</c>).</summary>
    public required int Index { get; init; }

    /// <summary>Male sex.</summary>
    public required bool IsMale { get; init; }

    /// <summary>Age at symptom onset, years (fractional).</summary>
    public required double AgeAtOnset { get; init; }

    /// <summary>Region of onset: <see cref="OnsetRegion.Bulbar"/>, <see cref="OnsetRegion.UpperLimb"/> or <see cref="OnsetRegion.LowerLimb"/>.</summary>
    public required OnsetRegion OnsetRegion { get; init; }

    /// <summary>Revised El Escorial category at diagnosis (definite, probable, possible or suspected).</summary>
    public required DiagnosticCategory DiagnosticCategory { get; init; }

    /// <summary>C9orf72 repeat expansion.</summary>
    public required bool C9orf72 { get; init; }

    /// <summary>Frontotemporal dementia.</summary>
    public required bool Ftd { get; init; }

    /// <summary>Riluzole at baseline.</summary>
    public required bool Riluzole { get; init; }

    /// <summary>Day of symptom onset (negative).</summary>
    public required int OnsetDay { get; init; }

    /// <summary>Day of diagnosis (≤ 0).</summary>
    public required int DiagnosisDay { get; init; }

    /// <summary>Diagnostic delay (onset → diagnosis), months.</summary>
    public double DiagnosticDelayMonths => (DiagnosisDay - OnsetDay) / DaysPerMonth;

    /// <summary>Day of gastrostomy, if one was placed while the patient was followed.</summary>
    public int? GastrostomyDay { get; init; }

    /// <summary>Day NIV was started, if it was while the patient was followed.</summary>
    public int? NivDay { get; init; }

    /// <summary>Day of the terminal event (death or tracheostomy), always after enrolment: the latent truth.</summary>
    public required int TerminalEventDay { get; init; }

    /// <summary>Kind of the terminal event.</summary>
    public required TerminalEventKind TerminalEventKind { get; init; }

    /// <summary>Last day on which vital status is known (the schedule's vital-status horizon).</summary>
    public required int VitalStatusEndDay { get; init; }

    /// <summary>True when the terminal event falls within vital-status follow-up, so a study records it.</summary>
    public bool TerminalEventObserved => TerminalEventDay <= VitalStatusEndDay;

    /// <summary>Day of dropout (the first planned visit not attended because the patient left the study), if any.</summary>
    public int? DropoutDay { get; init; }

    /// <summary>Latent progression rate r, ALSFRS-R points per month of progressing disease time (see the parameters).</summary>
    public required double ProgressionRate { get; init; }

    /// <summary>Latent curvature exponent p of the loss curve (1 = linear).</summary>
    public required double CurvatureExponent { get; init; }

    /// <summary>Latent ΔFS at diagnosis, (48 − ALSFRS-R)/months since onset, without measurement noise.</summary>
    public required double DeltaFsAtDiagnosis { get; init; }

    /// <summary>Latent FVC % predicted at diagnosis (the ENCALS vital-capacity input).</summary>
    public required double FvcAtDiagnosis { get; init; }

    /// <summary>The ENCALS 2018 linear predictor at diagnosis that drew the terminal event (higher = worse).</summary>
    public required double EncalsLinearPredictor { get; init; }

    /// <summary>Number of visits attended.</summary>
    public int VisitCount => _visitDays.Length;

    /// <summary>Visit days, increasing.</summary>
    public ReadOnlySpan<int> VisitDays => _visitDays;

    /// <summary>Item scores, <see cref="ItemsPerVisit"/> per visit, visit after visit.</summary>
    public ReadOnlySpan<byte> Items => _items;

    /// <summary>FVC % predicted per visit (one decimal).</summary>
    public ReadOnlySpan<double> FvcPercent => _fvc;

    /// <summary>The 12 item scores of visit <paramref name="visit"/>.</summary>
    /// <param name="visit">Zero-based visit index.</param>
    public ReadOnlySpan<byte> ItemsAt(int visit) => _items.AsSpan(visit * ItemsPerVisit, ItemsPerVisit);

    /// <summary>ALSFRS-R total (0–48) at visit <paramref name="visit"/>.</summary>
    /// <param name="visit">Zero-based visit index.</param>
    public int Total(int visit)
    {
        var total = 0;
        foreach (var score in ItemsAt(visit))
        {
            total += score;
        }

        return total;
    }

    /// <summary>Index of the enrolment visit (day 0); every simulated patient has one.</summary>
    public int EnrolmentVisit => Array.IndexOf(_visitDays, 0);

    /// <summary>Observed ΔFS at enrolment: (48 − total at day 0)/months from onset to enrolment (als-methods §2.1).</summary>
    public double DeltaFsAtEnrolment => (48 - Total(EnrolmentVisit)) / (-OnsetDay / DaysPerMonth);

    /// <summary>
    /// The ENCALS 2018 linear predictor from what a screening visit observes (an entry-criterion hook, e.g. the TRICALS
    /// window LP −6 to −2): ΔFS = (48 − total)/months since onset and FVC at visit <paramref name="visit"/>, with the diagnostic
    /// delay, age at onset, bulbar onset, definite El Escorial, FTD and C9orf72. Coefficients from public code, not checked
    /// against the paper's supplement (als-methods §4.2).
    /// </summary>
    /// <param name="visit">Zero-based visit index (after onset).</param>
    public double ObservedEncalsLinearPredictor(int visit)
    {
        var months = (_visitDays[visit] - OnsetDay) / DaysPerMonth;
        return EncalsEventSampler.LinearPredictor((48 - Total(visit)) / months, DiagnosticDelayMonths, AgeAtOnset, Math.Max(10, _fvc[visit]),
            OnsetRegion == OnsetRegion.Bulbar, DiagnosticCategory == DiagnosticCategory.ElEscorialDefinite, Ftd, C9orf72);
    }

    /// <summary>True when item 5 of visit <paramref name="visit"/> is 5b (gastrostomy present).</summary>
    /// <param name="visit">Zero-based visit index.</param>
    public bool HasGastrostomyAt(int visit) => GastrostomyDay is { } g && g <= _visitDays[visit];
}
