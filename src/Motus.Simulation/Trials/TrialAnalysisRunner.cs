namespace Motus.Simulation.Trials;

// Dispatches an analysis and names its method and estimand.
internal static class TrialAnalysisRunner
{
    public static ReplicateOutcome Run(EnrolledPatient[] patients, TrialDesign design, TrialAnalysis analysis) => analysis.Kind switch
    {
        TrialAnalysisKind.LmmSlope => LmmSlopeTrialAnalysis.Run(patients, design, analysis),
        TrialAnalysisKind.Cafs => CafsTrialAnalysis.Run(patients, design),
        TrialAnalysisKind.Cox => CoxTrialAnalysis.Run(patients, design),
        _ => ResponderTrialAnalysis.Run(patients, design, analysis),
    };

    public static bool HasEstimand(TrialAnalysis analysis) => analysis.Kind != TrialAnalysisKind.Cafs;

    public static string Estimand(TrialAnalysis analysis) => analysis.Kind switch
    {
        TrialAnalysisKind.LmmSlope => LmmSlopeTrialAnalysis.Estimand,
        TrialAnalysisKind.Cafs => CafsTrialAnalysis.Estimand,
        TrialAnalysisKind.Cox => CoxTrialAnalysis.Estimand,
        _ => ResponderTrialAnalysis.Estimand,
    };

    public static string Method(TrialAnalysis analysis) => analysis.Kind switch
    {
        TrialAnalysisKind.LmmSlope => "ALSFRS-R total ~ time + arm + time:arm + (time | patient), REML, visits from enrolment; " +
            (analysis.LmmTest == LmmTestKind.Satterthwaite ? "t-test and t interval with Satterthwaite df (R: lmerTest::lmer)" : "Wald z-test and normal interval (R: lme4::lmer)"),
        TrialAnalysisKind.Cafs => "CAFS pairwise scores (death or tracheostomy within follow-up, then ALSFRS-R change at the last common time), Finkelstein–Schoenfeld joint-rank test, normal approximation",
        TrialAnalysisKind.Cox => "Cox model on time to death or tracheostomy, censored at the end of follow-up, arm only, Efron ties, Wald z (R: survival::coxph)",
        _ => $"responder: pre-enrolment (lead-in) and post-enrolment OLS slopes, (ŝ_post − ŝ_pre)/|ŝ_pre| ≥ {analysis.Slowing:0.###} with ŝ_pre < 0; unevaluable patients {(analysis.Unevaluable == UnevaluableResponder.Exclude ? "excluded" : "counted as non-responders")}; two-proportion z-test with pooled variance (R: prop.test(correct = FALSE)), Wald interval",
    };
}
