namespace Motus.Analysis.Cohort;

/// <summary>Collects excluded patients with their position in the input, so that the list reads in input order.</summary>
internal sealed class Exclusions
{
    private readonly List<(int Index, ExcludedPatient Patient)> _items = [];

    public void Add(int index, string code, string reason) => _items.Add((index, new ExcludedPatient(code, reason)));

    public IReadOnlyList<ExcludedPatient> ToList() => _items.OrderBy(x => x.Index).Select(x => x.Patient).ToList();
}
