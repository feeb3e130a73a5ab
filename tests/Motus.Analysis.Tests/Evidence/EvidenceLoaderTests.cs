using System.Text.Json.Nodes;
using Motus.Analysis.Evidence;

namespace Motus.Analysis.Tests.Evidence;

public sealed class EvidenceLoaderTests
{
    [Fact]
    public void LoadEmbedded_ShippedData_LoadsCleanWithEveryReferenceRow()
    {
        var result = EvidenceLoader.LoadEmbedded(EvidenceTestData.Clock);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(30, result.Library!.Studies.Count);
        Assert.Equal(4, result.Library.Reviews.Count);
        Assert.Equal("Deda2009", result.Library.Studies[0].Id);
    }

    [Fact]
    public void LoadDirectory_RepositoryFolder_SameStudiesAsEmbedded()
    {
        var result = EvidenceLoader.LoadDirectory(EvidenceTestData.DataRoot, EvidenceTestData.Clock);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(EvidenceTestData.Library.Studies.Select(s => s.Id), result.Library!.Studies.Select(s => s.Id));
    }

    [Fact]
    public void LoadEmbedded_Oh2018_CarriesStructuredFieldsAndStatuses()
    {
        var oh = EvidenceTestData.Library.FindStudy("Oh2018")!;

        Assert.Equal(33, oh.NTreated.Value);
        Assert.Equal(31, Assert.Single(oh.Controls.Value!).N);
        Assert.Equal("randomized-open", oh.Design.Value!.Code);
        Assert.Equal(EvidenceStatus.Unverified, oh.Design.Status);
        Assert.Equal("30048006", oh.Pmid.Value);
        Assert.Equal(3.38, oh.Efficacy[1].Estimate);
        Assert.Contains("PMC6175096", oh.Sources[oh.Pmid.Source!]);
    }

    [Fact]
    public void LoadEmbedded_NotCapturedText_IsMissingWithTheReferenceWordingAsNote()
    {
        var glass = EvidenceTestData.Library.FindStudy("Glass2012")!;

        Assert.Equal(EvidenceStatus.Missing, glass.EfficacyResult.Status);
        Assert.Null(glass.EfficacyResult.Value);
        Assert.StartsWith("Not captured", glass.EfficacyResult.Note, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.Unverified, EvidenceTestData.Library.FindStudy("Baek2012")!.Pmid.Status);
    }

    [Fact]
    public void LoadEmbedded_FrontBiosci2021_HasTheFifteenOfNineteenClaim()
    {
        var claim = EvidenceTestData.Library.FindStudy("FrontBiosci2021")!.Claims[0];

        Assert.Equal((19, 15), (claim.N, claim.Responders));
        Assert.Equal(0.25, claim.RelativeSlopeImprovement);
        Assert.Null(claim.PreWindow);
    }

    public static TheoryData<string, string, string> BrokenStudies => new()
    {
        { "unknown-property", "json", "$.colour" },
        { "schema-version", "schema-version", "schemaVersion" },
        { "id-not-file-name", "id-matches-file", "id" },
        { "no-identifier", "identifier-required", "pmid/doi" },
        { "missing-with-value", "status-value", "nTreated" },
        { "verified-without-value", "status-value", "dose" },
        { "unknown-source", "source-known", "phase.source" },
        { "design-vocabulary", "vocabulary", "design.value.code" },
        { "route-vocabulary", "vocabulary", "route.value.code" },
        { "cell-type-vocabulary", "vocabulary", "cellType.value.code" },
        { "n-zero", "n-positive", "nTreated.value" },
        { "control-n-zero", "n-positive", "controls.value[0].n" },
        { "events-above-n", "events-range", "adverseEvents[0].events" },
        { "responders-above-n", "responders-range", "claims[0].responders" },
        { "year-future", "year-plausible", "year.value" },
        { "year-ancient", "year-plausible", "year.value" },
        { "follow-up-negative", "follow-up-nonnegative", "followUp.value.months" },
        { "ci-not-bracketing", "interval-sane", "efficacy[0].ci" },
        { "related-unknown", "reference-known", "relatedStudies[0]" },
    };

    [Theory]
    [MemberData(nameof(BrokenStudies))]
    public void LoadDirectory_CraftedBadStudy_FailsNamingFileFieldAndRule(string breakage, string rule, string field)
    {
        var study = EvidenceTestData.Read("studies/Oh2018.json");
        Break(study, breakage);

        var result = EvidenceTestData.LoadWith(("studies/Oh2018.json", study.ToJsonString()));

        Assert.False(result.Succeeded);
        Assert.Null(result.Library);
        Assert.Contains(result.Errors, e => e.File == "studies/Oh2018.json" && e.Rule == rule && e.Field.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_DuplicateIdAcrossStudyAndReview_FailsIdUnique()
    {
        var review = EvidenceTestData.Read("reviews/Aljabri2021.json");
        review["id"] = "Oh2018";

        var result = EvidenceTestData.LoadWith(("reviews/Oh2018.json", review.ToJsonString()));

        Assert.Contains(result.Errors, e => e is { File: "reviews/Oh2018.json", Field: "id", Rule: "id-unique" });
    }

    [Fact]
    public void LoadDirectory_ReviewWithoutDoi_FailsIdentifierRequired()
    {
        var review = EvidenceTestData.Read("reviews/Aljabri2021.json");
        review["doi"] = new JsonObject { ["status"] = "missing", ["source"] = "notes" };

        var result = EvidenceTestData.LoadWith(("reviews/Aljabri2021.json", review.ToJsonString()));

        Assert.Contains(result.Errors, e => e is { File: "reviews/Aljabri2021.json", Field: "doi", Rule: "identifier-required" });
    }

    [Fact]
    public void LoadDirectory_UnknownStatusWord_FailsJsonWithPath()
    {
        var study = EvidenceTestData.Read("studies/Oh2018.json");
        study["phase"]!["status"] = "probably";

        var result = EvidenceTestData.LoadWith(("studies/Oh2018.json", study.ToJsonString()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("json", "$.phase.status"), (error.Rule, error.Field));
    }

    private static void Break(JsonObject s, string breakage)
    {
        switch (breakage)
        {
            case "unknown-property": s["colour"] = "blue"; break;
            case "schema-version": s["schemaVersion"] = 2; break;
            case "id-not-file-name": s["id"] = "Oh2019"; break;
            case "no-identifier":
                s["pmid"] = Missing();
                s["doi"] = Missing();
                break;
            case "missing-with-value": s["nTreated"]!["status"] = "missing"; break;
            case "verified-without-value": s["dose"] = new JsonObject { ["status"] = "verified", ["source"] = "primary" }; break;
            case "unknown-source": s["phase"]!["source"] = "hearsay"; break;
            case "design-vocabulary": s["design"]!["value"]!["code"] = "anecdote"; break;
            case "route-vocabulary": s["route"]!["value"]!["code"] = "oral"; break;
            case "cell-type-vocabulary": s["cellType"]!["value"]!["code"] = "ipsc"; break;
            case "n-zero": s["nTreated"]!["value"] = 0; break;
            case "control-n-zero": s["controls"]!["value"]![0]!["n"] = 0; break;
            case "events-above-n":
                s["adverseEvents"] = new JsonArray(new JsonObject
                {
                    ["category"] = "headache",
                    ["events"] = 40,
                    ["n"] = 33,
                    ["description"] = "x",
                    ["status"] = "verified",
                    ["source"] = "primary",
                });
                break;
            case "responders-above-n":
                s["claims"] = new JsonArray(new JsonObject
                {
                    ["id"] = "Oh2018-c1",
                    ["text"] = "x",
                    ["measure"] = "alsfrs-r-slope",
                    ["n"] = 10,
                    ["responders"] = 11,
                    ["thresholdText"] = "x",
                    ["status"] = "verified",
                    ["source"] = "primary",
                });
                break;
            case "year-future": s["year"]!["value"] = 2031; break;
            case "year-ancient": s["year"]!["value"] = 1950; break;
            case "follow-up-negative": s["followUp"]!["value"]!["months"] = -1; break;
            case "ci-not-bracketing": s["efficacy"]![0]!["ciLower"] = 3.5; break;
            case "related-unknown": s["relatedStudies"] = new JsonArray("Nobody2020"); break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage));
        }
    }

    private static JsonObject Missing() => new() { ["status"] = "missing", ["source"] = "csv" };
}
