using Motus.Analysis.Common;
using Motus.Domain.Records;

namespace Motus.Analysis.Prognosis;

/// <summary>A patient's ENCALS prediction: the inputs read from the record and, when they are complete, the prediction.</summary>
/// <param name="Inputs">The predictors or the reasons they are missing.</param>
/// <param name="EventFreeAt">The date the prediction is conditioned on; null when unconditional.</param>
/// <param name="Prediction">The prediction; null when an input is missing or the conditioning date is not after onset.</param>
/// <param name="Errors">Why <see cref="Prediction"/> is null (the inputs' errors and any of its own).</param>
public sealed record EncalsPatientPrediction(EncalsInputs Inputs, DateOnly? EventFreeAt, EncalsPrediction? Prediction, IReadOnlyList<string> Errors)
{
    /// <summary>
    /// Reads the predictors and predicts event-free survival from onset, conditional on being event-free at
    /// <paramref name="eventFreeAt"/> when given (e.g. enrolment, or today for a living patient).
    /// </summary>
    /// <param name="record">The patient and records.</param>
    /// <param name="eventFreeAt">Condition on being event-free at this date; null for unconditional survival from onset.</param>
    /// <param name="inputOptions">How to read the inputs; default <see cref="EncalsInputOptions"/> (its coefficient set is used for the prediction).</param>
    /// <param name="predictionOptions">Times and levels; its EventFreeAtMonths must be null (use <paramref name="eventFreeAt"/>).</param>
    public static EncalsPatientPrediction For(PatientRecord record, DateOnly? eventFreeAt = null, EncalsInputOptions? inputOptions = null, EncalsPredictionOptions? predictionOptions = null)
    {
        inputOptions ??= new EncalsInputOptions();
        predictionOptions ??= new EncalsPredictionOptions();
        if (predictionOptions.EventFreeAtMonths is not null)
        {
            throw new ArgumentException("Give the conditioning date as eventFreeAt, not as EventFreeAtMonths.", nameof(predictionOptions));
        }

        var inputs = EncalsInputReader.FromRecord(record, inputOptions);
        var errors = new List<string>(inputs.Errors);
        if (inputOptions.Coefficients.Baseline is null)
        {
            errors.Add($"The set '{inputOptions.Coefficients.Name}' has no published baseline: it gives an LP (see TricalsWindow) but no survival.");
        }

        double? t0 = null;
        if (eventFreeAt is { } at && record.Patient.OnsetDate is { } onset)
        {
            t0 = TimeUnits.MonthsBetween(onset, at);
            if (t0 <= 0)
            {
                errors.Add($"The conditioning date {at:yyyy-MM-dd} is not after symptom onset ({onset:yyyy-MM-dd}).");
            }
        }

        if (errors.Count > 0 || inputs.Predictors is null)
        {
            return new EncalsPatientPrediction(inputs, eventFreeAt, null, errors);
        }

        var prediction = EncalsModel.Predict(inputs.Predictors, inputOptions.Coefficients, predictionOptions with { EventFreeAtMonths = t0 });
        return new EncalsPatientPrediction(inputs, eventFreeAt, prediction, errors);
    }
}
