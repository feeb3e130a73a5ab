namespace Motus.Analysis.Safety;

/// <summary>The columns of the safety tables: each arm (sorted by code), "(none)" when some patients have no arm, and "(all)".</summary>
internal static class ArmGroups
{
    public const string All = "(all)";

    public static List<(string Arm, List<SafetyPatient> Patients)> Of(List<SafetyPatient> patients)
    {
        var groups = patients.Where(p => p.Arm != SafetyPatient.NoArm)
            .GroupBy(p => p.Arm, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.ToUpperInvariant(), StringComparer.Ordinal)
            .Select(g => (g.First().Arm, g.ToList()))
            .ToList();
        var none = patients.Where(p => p.Arm == SafetyPatient.NoArm).ToList();
        if (none.Count > 0)
        {
            groups.Add((SafetyPatient.NoArm, none));
        }

        groups.Add((All, patients));
        return groups;
    }
}
