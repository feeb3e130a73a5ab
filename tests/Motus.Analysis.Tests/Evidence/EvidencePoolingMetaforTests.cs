using System.Text.Json;
using Motus.Analysis.Evidence;
using Motus.Analysis.Tests.Common;
using Motus.Statistics.Meta;
using Motus.Testing;

namespace Motus.Analysis.Tests.Evidence;

/// <summary>
/// Pooled adverse-event proportions of the shipped library against metafor 3.8-1 (tests/fixtures/r/evidence/make.R,
/// reading ae-counts.csv). Tolerances: effect sizes 1e-10; REML-dependent quantities 1e-6 (metafor run with
/// threshold 1e-12, Motus with tolerance 1e-10); DL 1e-9.
/// </summary>
public sealed class EvidencePoolingMetaforTests
{
    private static readonly JsonElement Fixture = RFixtures.Load("evidence", "pool.json");

    [Fact]
    public void CountsCsv_ShippedData_EqualsTheFileTheRScriptReads()
    {
        var path = Path.Combine(RepoPaths.Root(), "tests", "fixtures", "r", "evidence", "ae-counts.csv");
        var csv = EvidenceCountsCsv.Write(EvidenceTestData.Library);
        if (Environment.GetEnvironmentVariable("MOTUS_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, csv);
        }

        Assert.Equal(File.ReadAllText(path), csv);
    }

    [Theory]
    [InlineData("plo_reml_knha", EffectMeasure.LogitProportion, MetaMethod.RestrictedMaximumLikelihood, MetaTest.KnappHartung, 1e-6)]
    [InlineData("plo_reml_z", EffectMeasure.LogitProportion, MetaMethod.RestrictedMaximumLikelihood, MetaTest.Z, 1e-6)]
    [InlineData("plo_dl_knha", EffectMeasure.LogitProportion, MetaMethod.DerSimonianLaird, MetaTest.KnappHartung, 1e-9)]
    [InlineData("pft_reml_knha", EffectMeasure.FreemanTukeyProportion, MetaMethod.RestrictedMaximumLikelihood, MetaTest.KnappHartung, 1e-6)]
    public void Pool_Deaths_EqualsMetafor(string variant, EffectMeasure measure, MetaMethod method, MetaTest test, double tol)
    {
        var r = Fixture.GetProperty("death").GetProperty(variant);
        var options = new EvidencePoolOptions { ProportionMeasure = measure, Method = method, Test = test };

        var pooled = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:death"), options);

        Assert.True(pooled.Pooled, pooled.NotPooledReason);
        Assert.Equal(r.GetProperty("studies").EnumerateArray().Select(s => s.GetString()), pooled.Studies.Select(s => s.StudyId));
        Compare(r, pooled, tol);
    }

    [Fact]
    public void Pool_TumourWithMinimumTwo_EqualsMetafor()
    {
        var r = Fixture.GetProperty("tumour").GetProperty("plo_reml_knha");

        var pooled = EvidencePooling.Pool(EvidenceTestData.Library, EvidenceOutcome.Parse("ae:tumour"), new EvidencePoolOptions { MinimumStudies = 2 });

        Compare(r, pooled, 1e-6);
    }

    private static void Compare(JsonElement r, EvidencePoolResult pooled, double tol)
    {
        var fit = pooled.Fit!;
        var yi = r.GetProperty("yi").Doubles();
        var vi = r.GetProperty("vi").Doubles();
        for (var i = 0; i < yi.Length; i++)
        {
            Close.Equal(yi[i], pooled.Studies[i].Yi, 1e-10, $"yi[{i}]");
            Close.Equal(vi[i], pooled.Studies[i].Vi, 1e-10, $"vi[{i}]");
        }

        Close.Equal(r.GetProperty("estimate").GetDouble(), fit.Estimate, tol, "estimate");
        Close.Equal(r.GetProperty("se").GetDouble(), fit.StandardError, tol, "se");
        Close.Equal(r.GetProperty("ci_lb").GetDouble(), fit.CiLower, tol, "ci.lb");
        Close.Equal(r.GetProperty("ci_ub").GetDouble(), fit.CiUpper, tol, "ci.ub");
        Close.Equal(r.GetProperty("pval").GetDouble(), fit.PValue, tol, "pval");
        Close.Equal(r.GetProperty("tau2").GetDouble(), fit.Tau2, tol, "tau2");
        Close.Equal(r.GetProperty("i2").GetDouble(), fit.I2, tol, "I2");
        Close.Equal(r.GetProperty("q").GetDouble(), fit.Q, 1e-9, "Q");
        Close.Equal(r.GetProperty("pi_lb").GetDouble(), fit.Prediction!.Lower, tol, "pi.lb");
        Close.Equal(r.GetProperty("pi_ub").GetDouble(), fit.Prediction.Upper, tol, "pi.ub");
        var weights = r.GetProperty("weights").Doubles();
        for (var i = 0; i < weights.Length; i++)
        {
            Close.Equal(weights[i], pooled.Studies[i].WeightPercent, tol, $"weight[{i}]");
        }

        Close.Equal(r.GetProperty("prop").GetDouble(), pooled.Estimate, tol, "pooled proportion");
        Close.Equal(r.GetProperty("prop_ci_lb").GetDouble(), pooled.ConfidenceInterval!.Value.Lower, tol, "proportion ci.lb");
        Close.Equal(r.GetProperty("prop_ci_ub").GetDouble(), pooled.ConfidenceInterval.Value.Upper, tol, "proportion ci.ub");
        Close.Equal(r.GetProperty("prop_pi_lb").GetDouble(), pooled.PredictionInterval!.Value.Lower, tol, "proportion pi.lb");
        Close.Equal(r.GetProperty("prop_pi_ub").GetDouble(), pooled.PredictionInterval.Value.Upper, tol, "proportion pi.ub");
    }
}
