namespace Motus.Statistics.Design;

/// <summary>
/// A two-proportion design under the normal approximation: every input echoed with the quantity that was solved for.
/// R: <c>power.prop.test(n, p1, p2, sig.level, power, alternative, strict)</c>.
/// </summary>
/// <param name="SampleSizePerArm">n per arm (not rounded when solved for).</param>
/// <param name="SampleSizePerArmCeiling">n rounded up to a whole number of patients.</param>
/// <param name="P1">Proportion in arm 1.</param>
/// <param name="P2">Proportion in arm 2.</param>
/// <param name="Alpha">Significance level.</param>
/// <param name="Power">Power.</param>
/// <param name="Sidedness">One- or two-sided test.</param>
/// <param name="Strict">True when the power of a two-sided test includes rejections in the wrong direction (R's <c>strict = TRUE</c>).</param>
/// <param name="SolvedFor">Which quantity was computed.</param>
public sealed record TwoProportionDesign(
    double SampleSizePerArm,
    int SampleSizePerArmCeiling,
    double P1,
    double P2,
    double Alpha,
    double Power,
    Sidedness Sidedness,
    bool Strict,
    DesignQuantity SolvedFor);
