using Motus.Domain.Safety;

namespace Motus.Application.Simulation;

/// <summary>
/// Adverse events drawn after each intrathecal procedure of the demo study, with the probability per procedure.
/// Source: the systematic comparison of intrathecal AE rates in Stem Cells Int 2019, doi:10.1155/2019/8421281
/// (stemcell-trials.md §6): headache 7.10%, fever 7.88%, puncture-site pain 7.30% with autologous MSC. Reading these
/// as per-procedure probabilities, and giving the sham procedure the same headache and back-pain rates but no fever,
/// are assumptions [U].
/// </summary>
internal static class DemoSafetyRates
{
    public static readonly (string Term, AeCategory Category, double Active, double Sham, bool CellRelated)[] Events =
    [
        ("Headache", AeCategory.Headache, 0.0710, 0.0710, false),
        ("Pyrexia", AeCategory.Fever, 0.0788, 0, true),
        ("Back pain", AeCategory.BackPain, 0.0730, 0.0730, false),
    ];
}
