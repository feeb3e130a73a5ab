using Motus.Analysis.Prognosis;
using Motus.Application.Database;

namespace Motus.Application.Analyses;

/// <summary>The prognosis request.</summary>
/// <param name="Scope">Study and optional patient.</param>
/// <param name="EventFreeAt">Condition every prediction on being event-free at this date; null (default) for unconditional survival from onset.</param>
/// <param name="ReferenceDate">Date whose ALSFRS-R and vital capacity are used; null (default) for each patient's diagnosis date.</param>
/// <param name="MaxDaysFromReference">The rating and the VC test must lie within this many days of the reference date; default 90.</param>
/// <param name="TricalsLower">Lower bound of the TRICALS window; default −6.0.</param>
/// <param name="TricalsUpper">Upper bound of the TRICALS window; default −2.0.</param>
public sealed record AnalyzePrognosisRequest(
    AnalysisScope Scope,
    DateOnly? EventFreeAt = null,
    DateOnly? ReferenceDate = null,
    int MaxDaysFromReference = 90,
    double TricalsLower = TricalsWindow.DefaultLower,
    double TricalsUpper = TricalsWindow.DefaultUpper);

/// <summary>
/// The ENCALS survival prediction (<see cref="EncalsPatientPrediction.For"/>, 8-predictor set) and the TRICALS risk-profile
/// window (<see cref="TricalsWindow.Check"/>, 7-predictor set, inputs read again without C9orf72) for each patient.
/// </summary>
public sealed class AnalyzePrognosis(MotusDatabase database)
{
    /// <summary>Runs the analysis.</summary>
    public async Task<AnalysisOutput<PrognosisResult>> RunAsync(AnalyzePrognosisRequest request, IProgress<CohortLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxDaysFromReference < 0)
        {
            throw new MotusException(ExitCategory.Usage, $"--max-days {request.MaxDaysFromReference}: must be 0 or more.");
        }

        if (!(request.TricalsLower <= request.TricalsUpper))
        {
            throw new MotusException(ExitCategory.Usage, $"The TRICALS window's lower bound ({request.TricalsLower}) exceeds its upper bound ({request.TricalsUpper}).");
        }

        var cohort = await StudyCohortLoader.LoadAsync(database, request.Scope, progress, ct);
        var encals = new EncalsInputOptions { ReferenceDate = request.ReferenceDate, MaxDaysFromReference = request.MaxDaysFromReference };
        var tricals = encals with { Coefficients = EncalsCoefficients.TricalsRiskProfile };
        var rows = cohort.Records.Select(r =>
        {
            var prediction = EncalsPatientPrediction.For(r, request.EventFreeAt, encals);
            var inputs = EncalsInputReader.FromRecord(r, tricals);
            var window = inputs.Predictors is { } x ? TricalsWindow.Check(x, EncalsCoefficients.TricalsRiskProfile, request.TricalsLower, request.TricalsUpper) : null;
            return new PatientPrognosis(r.Patient.Code, prediction, window, inputs.Errors);
        }).ToList();
        return cohort.Output(request.Scope, new PrognosisResult(PrognosisResult.UnverifiedCoefficients, request.EventFreeAt, rows));
    }
}
