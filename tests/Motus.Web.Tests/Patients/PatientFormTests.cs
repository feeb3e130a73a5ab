using Microsoft.AspNetCore.Mvc.ModelBinding;
using Motus.Application.Patients;
using Motus.Domain.Patients;
using Motus.Web.Pages.Patients;

namespace Motus.Web.Tests.Patients;

public sealed class PatientFormTests
{
    private static readonly PatientFormChoices Choices = new("S", false, [("S01", "Site one")], [("A", "Active"), ("P", "P")]);

    [Fact]
    public void Arms_StoredArmOutsideTheStudy_StaysOfferedAndSelected()
    {
        var view = new PatientFormView(new PatientInput { ArmCode = "OLD" }, Choices, Editing: true);

        var arms = view.Arms;

        Assert.Equal(["A", "P", "OLD"], arms.Options.Select(o => o.Value));
        Assert.Equal(("OLD", "OLD (not an arm of this study: PAT-08)"), (arms.Selected, arms.Options[2].Text));
        Assert.Equal(["A — Active", "P"], arms.Options.Take(2).Select(o => o.Text));
    }

    [Theory]
    [InlineData("tested", new GeneticFindings[0], GeneticFindings.None)]
    [InlineData("tested", new[] { GeneticFindings.Sod1, GeneticFindings.Fus }, GeneticFindings.Sod1 | GeneticFindings.Fus)]
    [InlineData("", new GeneticFindings[0], null)]
    public void ApplyGenetics_TestedOrNot_SetsTheFlagsOrNull(string tested, GeneticFindings[] variants, GeneticFindings? expected)
    {
        var input = new PatientInput();
        var state = new ModelStateDictionary();

        PatientForm.ApplyGenetics(input, tested, variants, state);

        Assert.Equal(expected, input.Genetics);
        Assert.True(state.IsValid);
    }

    [Fact]
    public void ApplyGenetics_VariantsWithoutTesting_ErrorOnGeneticsPlusTheMissingRequiredFields()
    {
        var input = new PatientInput { Code = "P1", Site = "S01", Sex = Sex.Male, OnsetRegion = OnsetRegion.Bulbar };
        var state = new ModelStateDictionary();

        PatientForm.ApplyGenetics(input, null, [GeneticFindings.C9orf72], state);

        Assert.Null(input.Genetics);
        Assert.Equal(["Input.DiagnosticCategory", "Input.Genetics"], state.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
