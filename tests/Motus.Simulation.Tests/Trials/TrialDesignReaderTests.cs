using Motus.Simulation.Trials;
using Motus.Statistics.Design;

namespace Motus.Simulation.Tests.Trials;

public sealed class TrialDesignReaderTests
{
    [Fact]
    public void Parse_ExampleFile_IsValidWithEveryAnalysis()
    {
        var json = File.ReadAllText(Path.Combine(Motus.Testing.RepoPaths.Root(), "docs", "examples", "trial-design.json"));

        var result = TrialDesignReader.Parse(json);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var d = result.Design!;
        Assert.Equal(100, d.Control.Size);
        Assert.Equal(100, d.Active.Size);
        Assert.Equal(13, d.VisitMonths.Count);
        Assert.Equal(12.0, d.VisitMonths[^1]);
        Assert.Equal(-6.0, d.Entry.EncalsLinearPredictor!.Min);
        Assert.Equal([TrialAnalysisKind.LmmSlope, TrialAnalysisKind.Cafs, TrialAnalysisKind.Cox, TrialAnalysisKind.Responder], d.Analyses.Select(a => a.Kind));
        Assert.Equal(Sidedness.TwoSided, d.Sidedness);
        Assert.Equal([-3.0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], d.Schedule().PlannedMonths);
    }

    [Fact]
    public void Parse_UnknownProperty_ErrorNamesPath()
    {
        var result = TrialDesignReader.Parse(Minimal().Replace("\"ratio\": 1, \"control\": true", "\"ratio\": 1, \"control\": true, \"colour\": \"red\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.arms[0].colour", error.Path);
        Assert.Contains("unknown property", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongType_ErrorNamesPath()
    {
        var result = TrialDesignReader.Parse(Minimal().Replace("\"alpha\": 0.05", "\"alpha\": \"0.05\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.alpha", error.Path);
        Assert.Contains("wrong type", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadValues_EveryRuleReportedWithPath()
    {
        var json = Minimal()
            .Replace("\"alpha\": 0.05", "\"alpha\": 0.7", StringComparison.Ordinal)
            .Replace("\"sided\": 2", "\"sided\": 3", StringComparison.Ordinal)
            .Replace("\"seed\": 7,", "", StringComparison.Ordinal)
            .Replace("\"hazardRatio\": 1", "\"hazardRatio\": 0", StringComparison.Ordinal)
            .Replace("\"type\": \"lmm-slope\"", "\"type\": \"anova\"", StringComparison.Ordinal);

        var result = TrialDesignReader.Parse(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Design);
        Assert.Equal(
            ["$.alpha", "$.analyses[0].type", "$.effect.hazardRatio", "$.seed", "$.sided"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "$.seed" && e.Rule == "required");
        Assert.Contains(result.Errors, e => e.Path == "$.analyses[0].type" && e.Rule.Contains("'anova'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TotalNotDivisibleByRatios_Error()
    {
        var json = Minimal().Replace("\"name\": \"active\", \"ratio\": 1", "\"name\": \"active\", \"ratio\": 2", StringComparison.Ordinal)
            .Replace("\"total\": 40", "\"total\": 40", StringComparison.Ordinal);

        var error = Assert.Single(TrialDesignReader.Parse(json).Errors);

        Assert.Equal("$.sampleSize.total", error.Path);
        Assert.Contains("1:2", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoControlArms_Error()
    {
        var json = Minimal().Replace("\"name\": \"active\", \"ratio\": 1", "\"name\": \"active\", \"ratio\": 1, \"control\": true", StringComparison.Ordinal);

        var error = Assert.Single(TrialDesignReader.Parse(json).Errors);

        Assert.Equal("$.arms", error.Path);
        Assert.Contains("exactly one arm", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ResponderWithoutLeadIn_Error()
    {
        var json = Minimal().Replace("{ \"type\": \"lmm-slope\" }", "{ \"type\": \"responder\", \"slowing\": 0.25 }", StringComparison.Ordinal);

        var error = Assert.Single(TrialDesignReader.Parse(json).Errors);

        Assert.Equal("$.analyses[0]", error.Path);
        Assert.Contains("leadIn", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VisitAfterDuration_Error()
    {
        var json = Minimal().Replace("\"intervalMonths\": 3", "\"months\": [0, 6, 13]", StringComparison.Ordinal);

        var error = Assert.Single(TrialDesignReader.Parse(json).Errors);

        Assert.Equal("$.visits.months", error.Path);
        Assert.Contains("after durationMonths", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PerArmSizes_UnequalArms()
    {
        var json = Minimal().Replace("\"total\": 40", "\"perArm\": { \"placebo\": 10, \"active\": 30 }", StringComparison.Ordinal);

        var d = TrialDesignReader.Parse(json).Design!;

        Assert.Equal((10, 30), (d.Control.Size, d.Active.Size));
        Assert.Equal([0.0, 3, 6, 9, 12], d.VisitMonths);
        Assert.True(d.IsNull);
    }

    internal static string Minimal() => """
        {
          "name": "minimal",
          "arms": [ { "name": "placebo", "ratio": 1, "control": true }, { "name": "active", "ratio": 1 } ],
          "sampleSize": { "total": 40 },
          "visits": { "intervalMonths": 3, "jitterDays": 7, "missedVisitProbability": 0.05 },
          "durationMonths": 12,
          "dropout": { "ratePerMonth": 0.008, "informative": true },
          "effect": { "slopeMultiplier": 1, "hazardRatio": 1 },
          "analyses": [ { "type": "lmm-slope" } ],
          "alpha": 0.05,
          "sided": 2,
          "replicates": 10,
          "seed": 7,
          "truth": { "patientsPerArm": 500 }
        }
        """;
}
