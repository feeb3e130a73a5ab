using System.Globalization;
using Motus.Domain.Patients;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// ALS history: symptom onset (Onset_Delta), diagnosis (Diagnosis_Delta) and the region of onset (Site_of_Onset, or
/// the Site_of_Onset___* indicator columns when it is empty). A subject may have several rows (one per
/// Subject_ALS_History_Delta); their facts are merged, and two different values for one fact are an error.
/// </summary>
internal sealed class AlsHistoryHandler : IFormHandler
{
    private const string SiteVocabulary = "Onset: Bulbar, Onset: Limb, Onset: Limb and Bulbar, Onset: Spine, Onset: Other";
    private static readonly FormSchema S = ProactSchemas.AlsHistory;
    private static readonly int HistoryDelta = S.Col("Subject_ALS_History_Delta");
    private static readonly int Onset = S.Col("Onset_Delta");
    private static readonly int Diagnosis = S.Col("Diagnosis_Delta");
    private static readonly int Site = S.Col("Site_of_Onset");
    private static readonly (int Col, OnsetRegion Region)[] Indicators =
    [
        (S.Col("Site_of_Onset___Bulbar"), OnsetRegion.Bulbar),
        (S.Col("Site_of_Onset___Limb"), OnsetRegion.Limb),
        (S.Col("Site_of_Onset___Limb_and_Bulbar"), OnsetRegion.LimbAndBulbar),
        (S.Col("Site_of_Onset___Spine"), OnsetRegion.Axial),
        (S.Col("Site_of_Onset___Other"), OnsetRegion.Other),
    ];

    private readonly Dictionary<(SubjectData, int?), int> _keys = [];

    public FormSchema Schema => S;

    public void HandleRow(ref RowReader row)
    {
        if (row.Subject() is not { } subject)
        {
            return;
        }

        var key = row.Integral(HistoryDelta);
        var onset = row.Date(Onset);
        var diagnosis = row.Date(Diagnosis);
        var (region, regionCol) = ReadRegion(ref row);
        if (row.HasErrors)
        {
            return;
        }

        if (!_keys.TryAdd((subject, key), row.Line))
        {
            row.Error(HistoryDelta, ImportRuleIds.DuplicateRow, string.Create(CultureInfo.InvariantCulture,
                $"repeats subject_id and Subject_ALS_History_Delta of line {_keys[(subject, key)]}"));
            return;
        }

        var d = subject.Details;
        if (onset is { } o && PatientFacts.Claim(ref row, subject, nameof(PatientDetails.OnsetDate), Onset, d.OnsetDate, o))
        {
            subject.Details = subject.Details with { OnsetDate = o };
        }

        if (diagnosis is { } g && PatientFacts.Claim(ref row, subject, nameof(PatientDetails.DiagnosisDate), Diagnosis, d.DiagnosisDate, g))
        {
            subject.Details = subject.Details with { DiagnosisDate = g };
        }

        if (region is { } r && PatientFacts.Claim(ref row, subject, nameof(PatientDetails.OnsetRegion), regionCol, d.OnsetRegion, r))
        {
            subject.Details = subject.Details with { OnsetRegion = r };
        }
    }

    private static (OnsetRegion? Region, int Col) ReadRegion(ref RowReader row)
    {
        if (row.Has(Site))
        {
            return (row.Code<OnsetRegion>(Site, PatientVocabulary.TryParseOnsetSite, SiteVocabulary), Site);
        }

        var ticked = new List<(int Col, OnsetRegion Region)>(2);
        foreach (var (col, region) in Indicators)
        {
            if (row.Code<bool>(col, PatientVocabulary.TryParseIndicator, "1, 0, Yes, No, True, False") == true)
            {
                ticked.Add((col, region));
            }
        }

        var regions = ticked.Select(t => t.Region).Distinct().ToList();
        if (regions.Count == 0)
        {
            return (null, Site);
        }

        if (regions.Count == 1)
        {
            return (regions[0], ticked[0].Col);
        }

        if (regions.TrueForAll(r => r is OnsetRegion.Bulbar or OnsetRegion.Limb or OnsetRegion.LimbAndBulbar))
        {
            return (OnsetRegion.LimbAndBulbar, ticked[0].Col);
        }

        row.Error(ticked[1].Col, ImportRuleIds.Code, "is ticked together with another onset site that does not combine with it (only bulbar and limb combine)");
        return (null, Site);
    }
}
