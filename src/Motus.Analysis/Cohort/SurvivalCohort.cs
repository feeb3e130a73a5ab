using Motus.Analysis.Endpoints;
using Motus.Domain.Records;

namespace Motus.Analysis.Cohort;

/// <summary>The analysable patients of a time-to-event analysis with their outcomes and arms.</summary>
internal sealed class SurvivalCohort
{
    private SurvivalCohort(List<(int Index, PatientRecord Record, EndpointOutcome Outcome)> rows, ArmIndex arms, Exclusions excluded)
    {
        Rows = rows;
        Arms = arms;
        Excluded = excluded;
    }

    public List<(int Index, PatientRecord Record, EndpointOutcome Outcome)> Rows { get; }

    public ArmIndex Arms { get; }

    public Exclusions Excluded { get; }

    /// <summary>Derives the endpoint for every patient with an arm; non-analysable outcomes go to the excluded list with their note.</summary>
    public static SurvivalCohort Build(IEnumerable<PatientRecord> cohort, CompositeEndpointDefinition endpoint, TimeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        endpoint.Validate();
        var excluded = new Exclusions();
        var rows = new List<(int, PatientRecord, EndpointOutcome)>();
        foreach (var (i, r) in AnalysisPopulation.WithArm(cohort, excluded))
        {
            var o = CompositeEndpoint.Derive(r, endpoint, origin);
            if (o.IsAnalysable)
            {
                rows.Add((i, r, o));
            }
            else
            {
                excluded.Add(i, r.Patient.Code, $"{o.Status}: {string.Join(" ", o.Notes)}");
            }
        }

        var arms = ArmIndex.From(rows.Select(x => x.Item3.ArmCode!));
        return new SurvivalCohort(rows, arms, excluded);
    }

    public double[] Months() => Rows.Select(x => x.Outcome.Months!.Value).ToArray();

    public int[] Status() => Rows.Select(x => x.Outcome.EventIndicator).ToArray();

    public int[] ArmOfRow() => Rows.Select(x => Arms.Of(x.Outcome.ArmCode!)).ToArray();
}
