namespace Motus.Analysis.Safety;

/// <summary>Which patients form the denominators of the safety tables.</summary>
public enum SafetyPopulation
{
    /// <summary>Every current patient given (arms that record no administration, e.g. placebo without a sham record, stay in).</summary>
    AllPatients = 1,

    /// <summary>Patients with at least one current administration (the usual "safety population: received any dose").</summary>
    Treated = 2,
}
