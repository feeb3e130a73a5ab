using System.Text.Json;
using Motus.Analysis.Cafs;
using Motus.Analysis.Cohort;
using Motus.Analysis.Endpoints;
using Motus.Analysis.Safety;

namespace Motus.Analysis.Tests.Cohort;

/// <summary>
/// Every result serialises with System.Text.Json defaults (the CLI's <c>--json</c>): no NaN, no multidimensional
/// arrays, no cycles; and every one carries its method.
/// </summary>
public sealed class ResultJsonTests
{
    [Fact]
    public void Serialize_EveryResultOnTheFixtureCohort_JsonWithMethod()
    {
        // Arrange
        var cohort = CohortFixture.Patients();
        var endpoint = CompositeEndpointDefinition.DeathTracheostomyPav;

        // Act
        object[] results =
        [
            CompositeEndpoint.DeriveAll(cohort, endpoint, TimeOrigin.Enrolment),
            SurvivalByArm.Analyse(cohort, endpoint, TimeOrigin.Enrolment),
            CoxByArm.Fit(cohort, endpoint, TimeOrigin.Enrolment, "PLACEBO", [CohortCovariate.AgeAtOrigin, CohortCovariate.DeltaFs()]),
            SlopesByArm.Fit(cohort, TimeOrigin.Enrolment, "PLACEBO"),
            CafsAnalysis.Analyse(cohort, new CafsOptions { TreatedArm = "MSC-IT", ControlArm = "PLACEBO", HorizonDays = 365 }),
            SafetyTables.Build(cohort),
        ];

        // Assert
        foreach (var r in results)
        {
            var json = JsonSerializer.Serialize(r, r.GetType());
            var method = JsonDocument.Parse(json).RootElement.GetProperty("Method").GetString();
            Assert.False(string.IsNullOrWhiteSpace(method), r.GetType().Name);
        }
    }
}
