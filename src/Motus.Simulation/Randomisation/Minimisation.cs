using Motus.Simulation.Common;

namespace Motus.Simulation.Randomisation;

/// <summary>
/// Pocock–Simon minimisation with the range imbalance (trial-methods §4.1; Pocock &amp; Simon, Biometrics 1975 —
/// the algorithm as stated there is [U], not checked against the paper). For each new patient with levels (l_1..l_F)
/// and each arm a: D_a = Σ_f w_f · range over arms of count(f, l_f) after hypothetically assigning the patient to a.
/// The arm with the smallest D_a (ties broken uniformly at random) is assigned with probability p, otherwise one of the
/// other arms uniformly. Equal allocation only. Analyse with the minimisation factors as covariates.
/// </summary>
public static class Minimisation
{
    /// <summary>Allocates <paramref name="patients"/> in order. Throws <see cref="ArgumentException"/> for invalid options or a patient whose levels do not match the factors.</summary>
    /// <param name="options">Arms, factors, p and seed.</param>
    /// <param name="patients">Patients in enrolment order.</param>
    public static IReadOnlyList<MinimisationAssignment> Assign(MinimisationOptions options, IReadOnlyList<MinimisationPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(patients);
        Validate(options);
        var arms = options.Arms.Count;
        var factors = options.Factors.Count;
        // counts[f][level][arm]
        var counts = Enumerable.Range(0, factors).Select(_ => new Dictionary<string, int[]>(StringComparer.Ordinal)).ToArray();
        var random = RandomStream.ForReplicate((ulong)options.Seed, 0);
        var result = new List<MinimisationAssignment>(patients.Count);
        var d = new double[arms];
        foreach (var patient in patients)
        {
            if (patient.Levels.Count != factors)
            {
                throw new ArgumentException($"Patient '{patient.Id}' has {patient.Levels.Count} factor levels; {factors} factors are defined.", nameof(patients));
            }

            var rows = new int[factors][];
            for (var f = 0; f < factors; f++)
            {
                if (!counts[f].TryGetValue(patient.Levels[f], out var row))
                {
                    counts[f][patient.Levels[f]] = row = new int[arms];
                }

                rows[f] = row;
            }

            for (var a = 0; a < arms; a++)
            {
                d[a] = 0;
                for (var f = 0; f < factors; f++)
                {
                    rows[f][a]++;
                    d[a] += options.Factors[f].Weight * (rows[f].Max() - rows[f].Min());
                    rows[f][a]--;
                }
            }

            var min = d.Min();
            var tied = Enumerable.Range(0, arms).Where(a => d[a] == min).ToArray();
            var preferred = tied[random.NextInt(tied.Length)];
            var chosen = preferred;
            if (!random.NextBernoulli(options.PreferredArmProbability))
            {
                var other = random.NextInt(arms - 1);
                chosen = other >= preferred ? other + 1 : other;
            }

            foreach (var row in rows)
            {
                row[chosen]++;
            }

            result.Add(new MinimisationAssignment(patient.Id, patient.Levels, options.Arms[chosen], [.. d], options.Arms[preferred]));
        }

        return result;
    }

    /// <summary>The method in words, for reports.</summary>
    /// <param name="options">The settings.</param>
    public static string Describe(MinimisationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"Pocock–Simon minimisation (range imbalance), arms {string.Join(", ", options.Arms)} (equal allocation), factors "
            + string.Join(", ", options.Factors.Select(f => $"{f.Name} (weight {f.Weight:0.###})")) + $", preferred-arm probability {options.PreferredArmProbability:0.###}, random tie-break, seed {options.Seed}";
    }

    private static void Validate(MinimisationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o.Arms);
        ArgumentNullException.ThrowIfNull(o.Factors);
        _ = new ArmAllocation(o.Arms, [.. o.Arms.Select(_ => 1)]);
        ArgumentOutOfRangeException.ThrowIfNegative(o.Seed, "seed");
        if (o.Factors.Count == 0 || o.Factors.Any(f => string.IsNullOrWhiteSpace(f.Name) || !(f.Weight > 0) || !double.IsFinite(f.Weight)))
        {
            throw new ArgumentException("Minimisation needs at least one factor, each with a name and a positive finite weight.");
        }

        if (!(o.PreferredArmProbability >= 1.0 / o.Arms.Count && o.PreferredArmProbability <= 1))
        {
            throw new ArgumentException($"The preferred-arm probability must lie in [1/arms, 1] = [{1.0 / o.Arms.Count:0.###}, 1]; got {o.PreferredArmProbability}.");
        }
    }
}
