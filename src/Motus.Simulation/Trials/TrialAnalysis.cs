namespace Motus.Simulation.Trials;

/// <summary>One prespecified analysis of every simulated trial.</summary>
/// <param name="Kind">The analysis.</param>
/// <param name="LmmTest">For <see cref="TrialAnalysisKind.LmmSlope"/>: the test (default Satterthwaite).</param>
/// <param name="Slowing">For <see cref="TrialAnalysisKind.Responder"/>: the relative slowing that makes a responder, (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ this (e.g. 0.25).</param>
/// <param name="Unevaluable">For <see cref="TrialAnalysisKind.Responder"/>: how unevaluable patients count (default non-responder).</param>
public sealed record TrialAnalysis(TrialAnalysisKind Kind, LmmTestKind LmmTest = LmmTestKind.Satterthwaite, double Slowing = 0.25, UnevaluableResponder Unevaluable = UnevaluableResponder.NonResponder)
{
    /// <summary>A short label, e.g. "lmm-slope (Satterthwaite)" or "responder ≥ 25% slowing".</summary>
    public string Label => Kind switch
    {
        TrialAnalysisKind.LmmSlope => $"lmm-slope ({LmmTest})",
        TrialAnalysisKind.Cafs => "cafs",
        TrialAnalysisKind.Cox => "cox",
        _ => $"responder ≥ {Slowing * 100:0.##}% slowing",
    };
}
