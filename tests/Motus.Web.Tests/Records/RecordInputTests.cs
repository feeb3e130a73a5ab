using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Domain.Safety;
using Motus.Web.Pages.Records;

namespace Motus.Web.Tests.Records;

/// <summary>The inputs' own checks (required fields, 5a/5b, grade), before the domain's rules run.</summary>
public sealed class RecordInputTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Fact]
    public void AlsfrsToDetails_GastrostomyWithoutItem5_ErrorOnQ5b()
    {
        var input = AlsfrsInputs.Normal(Day);
        input.Gastrostomy = true;
        input.Q5aCutting = null;
        var errors = new List<FieldError>();

        var details = input.ToDetails(errors);

        Assert.Null(details);
        Assert.Equal(nameof(AlsfrsInput.Q5bCuttingGastrostomy), Assert.Single(errors).Field);
    }

    [Fact]
    public void AlsfrsToDetails_CompleteItems_TotalAndSubscoresOfTheDomain()
    {
        var input = AlsfrsInputs.Normal(Day);
        input.Q3Swallowing = 2;
        input.R2Orthopnea = 1;
        var errors = new List<FieldError>();

        var details = input.ToDetails(errors)!;

        Assert.Empty(errors);
        Assert.Equal((10, 12, 12, 9, 43), (details.Bulbar, details.FineMotor, details.GrossMotor, details.Respiratory, details.Total));
    }

    [Fact]
    public void AlsfrsToDetails_RecordedTotalWithoutItems_AcceptedAsTheSourceTotal()
    {
        var input = new AlsfrsInput { Date = Day, RecordedTotal = 38 };
        var errors = new List<FieldError>();

        var details = input.ToDetails(errors)!;

        Assert.Empty(errors);
        Assert.Equal((38, (int?)null), (details.Total, details.ComputedTotal));
    }

    [Fact]
    public void AlsfrsToDetails_OriginalScale_RequiresItem10NotR1ToR3()
    {
        var input = new AlsfrsInput
        {
            Date = Day,
            Scale = AlsfrsScale.Alsfrs,
            Q1Speech = 4,
            Q2Salivation = 4,
            Q3Swallowing = 4,
            Q4Handwriting = 4,
            Q5aCutting = 4,
            Q6Dressing = 4,
            Q7Turning = 4,
            Q8Walking = 4,
            Q9Stairs = 4,
            Gastrostomy = false,
        };
        var errors = new List<FieldError>();

        input.ToDetails(errors);

        Assert.Equal(nameof(AlsfrsInput.Q10Respiratory), Assert.Single(errors).Field);
    }

    [Fact]
    public void AdverseEventToDetails_CriteriaList_CombinedFlags()
    {
        var input = new AdverseEventInput
        {
            VerbatimTerm = "Meningism",
            OnsetDate = Day,
            Grade = 3,
            Serious = true,
            SeriousCriteria = [SeriousnessCriteria.Hospitalisation, SeriousnessCriteria.ImportantMedicalEvent],
        };
        var errors = new List<FieldError>();

        var details = input.ToDetails(errors)!;

        Assert.Equal((SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.ImportantMedicalEvent, 3), (details.SeriousCriteria, details.Grade!.Value.Value));
        Assert.Equal(input.SeriousCriteria, AdverseEventInput.From(details).SeriousCriteria);
    }

    [Fact]
    public void AdverseEventToDetails_MissingTermAndOnset_TwoErrorsNoDetails()
    {
        var errors = new List<FieldError>();

        var details = new AdverseEventInput { VerbatimTerm = "  " }.ToDetails(errors);

        Assert.Null(details);
        Assert.Equal(["OnsetDate", "VerbatimTerm"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Anchors_EveryAlsfrsRItem_FiveAnchorsWithNormalAtFour()
    {
        var fields = AlsfrsInput.ItemFields(AlsfrsScale.AlsfrsR).Select(f => f.Field).Append(nameof(AlsfrsInput.Q5aCutting)).Append(nameof(AlsfrsInput.Q5bCuttingGastrostomy)).ToList();

        Assert.Equal(13, fields.Count); // 12 scored items, item 5 as 5a and 5b
        Assert.All(fields, f => Assert.Equal(5, AlsfrsAnchors.ByField[f].Length));
        Assert.Equal("Normal speech processes", AlsfrsAnchors.ByField["Q1Speech"][4]);
        Assert.Equal("Invasive mechanical ventilation by intubation or tracheostomy", AlsfrsAnchors.ByField["R3RespiratoryInsufficiency"][0]);
        Assert.Contains("unverified", AlsfrsAnchors.Unverified["R2Orthopnea"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostLumbarPunctureSyndrome", "Post lumbar puncture syndrome")]
    [InlineData("NivStart", "Niv start")]
    [InlineData("Csf", "Csf")]
    public void Words_PascalCase_SentenceCase(string name, string expected) => Assert.Equal(expected, SelectField.Words(name));
}
