namespace Motus.Analysis.Prognosis;

/// <summary>How the ENCALS predictors are read from a patient record. Every member has a documented default.</summary>
public sealed record EncalsInputOptions
{
    /// <summary>
    /// Date whose ALSFRS-R and vital capacity are used (the nearest rating and test to it). Default null: the diagnosis
    /// date, as in the model's development (ΔFS at diagnosis). A later date (screening) is allowed with a warning.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The ALSFRS-R rating and the VC test must lie within this many days of the reference date. Default 90.</summary>
    public int MaxDaysFromReference { get; init; } = 90;

    /// <summary>Count "limb and bulbar" onset as bulbar (with a warning). Default true; false makes it an error.</summary>
    public bool LimbAndBulbarCountsAsBulbar { get; init; } = true;

    /// <summary>The coefficient set the predictors are for (decides whether C9orf72 status is required). Default <see cref="EncalsCoefficients.Encals2018"/>.</summary>
    public EncalsCoefficients Coefficients { get; init; } = EncalsCoefficients.Encals2018;
}
