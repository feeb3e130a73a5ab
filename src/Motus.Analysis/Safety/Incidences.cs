using Motus.Statistics.Exact;

namespace Motus.Analysis.Safety;

/// <summary>Builds <see cref="Incidence"/> values with the Clopper–Pearson interval of <see cref="ExactBinomial"/>.</summary>
internal static class Incidences
{
    public static Incidence Of(int count, int total, double level)
    {
        if (total == 0)
        {
            return new Incidence(0, 0, null, null, null);
        }

        var ci = ExactBinomial.ClopperPearson(count, total, level);
        return new Incidence(count, total, ci.Estimate, ci.Lower, ci.Upper);
    }
}
