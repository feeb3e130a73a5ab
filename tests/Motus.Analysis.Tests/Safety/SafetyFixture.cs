using Motus.Analysis.Tests.Cohort;
using Motus.Domain.CellTherapy;
using Motus.Domain.Records;
using Motus.Domain.Safety;
using Motus.Testing;

namespace Motus.Analysis.Tests.Safety;

/// <summary>
/// A hand-built safety cohort with known counts (day n = 2025-01-01 + n):
/// <code>
/// CELLS   C1  doses d0 (IT, 1) and d30 (IT, 2); last contact d90 (rating)
///             e1 headache  g1  procedure probable, product unlikely      d1   → dose 1
///             e2 headache  g2  procedure definite, product unrelated     d31  → dose 2
///             e3 back pain g1  procedure possible, product not assessed  d35  (no link; 5 days after dose 2)
///             e4 infection g4  serious — DELETED
///         C2  dose d0 (IV, 1); last contact d60 (rating)
///             e5 fever     g3  serious (hospitalisation), product probable, procedure unrelated, d2 → dose 1
///         C3  dose d0 (IT, 1); died d45
///             e6 headache  g1  not assessed, onset d−5 (before the dose)
///             e7 respiratory g5 serious (death), unrelated, d40–d45, fatal
/// PLACEBO P1  dose d0 (IT, 1); last contact d90
///             e8 back pain g2  procedure probable, product unrelated     d1   → dose 1
///         P2  no dose; last contact d90
///             e9 headache  not graded, not assessed                      d20
/// (none)  N1  no arm, no record after enrolment
/// </code>
/// </summary>
internal static class SafetyFixture
{
    public static readonly DateOnly Day0 = new(2025, 1, 1);

    public static DateOnly D(int n) => Day0.AddDays(n);

    public static AdverseEventDetails Ae(string term, AeCategory category, int? grade, int onset, int? resolved,
        Relatedness procedure = Relatedness.NotAssessed, Relatedness product = Relatedness.NotAssessed, Guid? link = null) =>
        Builders.ValidAdverseEventDetails() with
        {
            VerbatimTerm = term,
            Category = category,
            Grade = grade is { } g ? CtcaeGrade.From(g) : null,
            OnsetDate = D(onset),
            ResolutionDate = resolved is { } r ? D(r) : null,
            RelatednessToProcedure = procedure,
            RelatednessToProduct = product,
            AdministrationId = link,
            Outcome = grade == 5 ? AeOutcome.Fatal : AeOutcome.Recovered,
        };

    public static List<PatientRecord> Cohort()
    {
        var c1 = TestPatient.Create("C1", "CELLS", Day0).Dose(D(0), 1).Dose(D(30), 2).Alsfrs(D(90), 38);
        c1.Ae(Ae("Headache after LP", AeCategory.Headache, 1, 1, 3, Relatedness.Probable, Relatedness.Unlikely, c1.DoseId(0)))
            .Ae(Ae("Headache", AeCategory.Headache, 2, 31, 32, Relatedness.Definite, Relatedness.Unrelated, c1.DoseId(1)))
            .Ae(Ae("Low back pain", AeCategory.BackPain, 1, 35, 40, Relatedness.Possible))
            .Ae(Ae("Pneumonia", AeCategory.Infection, 4, 50, 60) with { Serious = true, SeriousCriteria = SeriousnessCriteria.Hospitalisation }).DeleteLast();

        var c2 = TestPatient.Create("C2", "CELLS", Day0).Dose(D(0), 1, AdministrationRoute.Intravenous).Alsfrs(D(60), 40);
        c2.Ae(Ae("Fever", AeCategory.Fever, 3, 2, 6, Relatedness.Unrelated, Relatedness.Probable, c2.DoseId(0)) with
        {
            Serious = true,
            SeriousCriteria = SeriousnessCriteria.Hospitalisation,
            Expectedness = Expectedness.Unexpected,
        });

        var c3 = TestPatient.Create("C3", "CELLS", Day0).Dose(D(0), 1)
            .Ae(Ae("Headache at screening", AeCategory.Headache, 1, -5, -4))
            .Ae(Ae("Respiratory failure", AeCategory.Respiratory, 5, 40, 45, Relatedness.Unrelated, Relatedness.Unrelated) with
            {
                Serious = true,
                SeriousCriteria = SeriousnessCriteria.Death,
            })
            .Death(D(45));

        var p1 = TestPatient.Create("P1", "PLACEBO", Day0).Dose(D(0), 1).Alsfrs(D(90), 41);
        p1.Ae(Ae("Back pain after LP", AeCategory.BackPain, 2, 1, 5, Relatedness.Probable, Relatedness.Unrelated, p1.DoseId(0)));

        var p2 = TestPatient.Create("P2", "PLACEBO", Day0).Ae(Ae("Headache", AeCategory.Headache, null, 20, 21)).Alsfrs(D(90), 42);
        var n1 = TestPatient.Create("N1", null, Day0);
        return [c1.Build(), c2.Build(), c3.Build(), p1.Build(), p2.Build(), n1.Build()];
    }
}
