using Motus.Application.Evidence;

namespace Motus.Cli.Commands.Evidence;

/// <summary>The JSON shape of <c>motus evidence claims --json</c> (snapshot: tests/Motus.Cli.Tests/Snapshots/motus-evidence-claims.json-shape.txt).</summary>
internal static class EvidenceClaimsJson
{
    public static object Of(EvidenceClaimsResult r) => new
    {
        method = r.Method,
        replicates = r.Options.Replicates,
        seed = r.Options.Seed,
        studies = r.Options.Studies,
        claims = r.Checked.Select(c => new
        {
            id = c.Claim.Id,
            studyId = c.StudyId,
            study = c.StudyLabel,
            text = c.Claim.Text,
            status = c.Claim.Status.ToString().ToLowerInvariant(),
            n = c.Observed.Trials,
            responders = c.Observed.Successes,
            threshold = c.Claim.RelativeSlopeImprovement,
            preWindow = c.Claim.PreWindow,
            postWindow = c.Claim.PostWindow,
            observed = new { estimate = c.Observed.Estimate, lower = c.Observed.Lower, upper = c.Observed.Upper, level = c.Observed.ConfidenceLevel, method = "Clopper-Pearson" },
            assumed = c.Assumed,
            scenarios = c.Scenarios.Select(s => new
            {
                schedule = s.Window.Name,
                preTimes = s.Window.PreTimes,
                postTimes = s.Window.PostTimes,
                basis = s.Window.Basis,
                nullRate = s.Result.NullRate,
                nullRateMonteCarloSe = s.Result.NullRateMonteCarloSe,
                binomialTailProbability = s.Result.BinomialTailProbability,
                simulatedTailProbability = s.Result.SimulatedTailProbability,
                apparentSlowing = s.Result.ApparentSlowing,
                gridNullRate = new { min = s.GridNullRateMin, max = s.GridNullRateMax },
                gridTailProbability = new { min = s.GridTailMin, max = s.GridTailMax },
                claimCheck = s.Result,
            }),
        }),
        notChecked = r.Unchecked.Select(u => new { id = u.Claim.Id, studyId = u.StudyId, study = u.StudyLabel, text = u.Claim.Text, missing = u.Missing }),
        randomised = r.Randomised.Select(e => new { studyId = e.StudyId, study = e.StudyLabel, cellType = e.CellType, route = e.Route, text = e.Text, result = e.Result }),
        caveats = r.Caveats,
    };
}
