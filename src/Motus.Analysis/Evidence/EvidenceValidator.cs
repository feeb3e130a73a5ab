namespace Motus.Analysis.Evidence;

/// <summary>
/// Checks the evidence records against the loader rules (<see cref="EvidenceRules"/>) and returns every broken rule with
/// its file and field. Pure: the caller supplies the latest plausible year.
/// </summary>
public static class EvidenceValidator
{
    /// <summary>Earliest plausible publication year (the first clinical cell-therapy reports in ALS are from the 2000s).</summary>
    public const int MinYear = 1990;

    /// <summary>Validates studies and reviews as a whole (uniqueness and cross-references included).</summary>
    /// <param name="studies">Studies with the file each came from.</param>
    /// <param name="reviews">Reviews with the file each came from.</param>
    /// <param name="maxYear">Latest plausible publication year (the loader passes next year by its clock).</param>
    /// <param name="unreadableStudyIds">Ids (file names) of study files that could not be read; references to them are not reported again.</param>
    public static IReadOnlyList<EvidenceError> Validate(IReadOnlyList<(string File, EvidenceStudy Study)> studies,
        IReadOnlyList<(string File, SystematicReview Review)> reviews, int maxYear, IReadOnlyCollection<string>? unreadableStudyIds = null)
    {
        var errors = new List<EvidenceError>();
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var claimIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, study) in studies)
        {
            var c = new FieldChecker(file, study.Sources, errors);
            CheckId(c, file, study.Id, study.SchemaVersion, ids);
            StudyChecks.Check(c, study, maxYear);
            for (var i = 0; i < study.Claims.Count; i++)
            {
                if (!claimIds.TryAdd(study.Claims[i].Id, file))
                {
                    c.Fail($"claims[{i}].id", EvidenceRules.IdUnique, $"claim id '{study.Claims[i].Id}' also used in {claimIds[study.Claims[i].Id]}");
                }
            }
        }

        foreach (var (file, review) in reviews)
        {
            var c = new FieldChecker(file, review.Sources, errors);
            CheckId(c, file, review.Id, review.SchemaVersion, ids);
            ReviewChecks.Check(c, review, maxYear);
        }

        var studyIds = studies.Select(s => s.Study.Id).Concat(unreadableStudyIds ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, study) in studies)
        {
            for (var i = 0; i < study.RelatedStudies.Count; i++)
            {
                if (!studyIds.Contains(study.RelatedStudies[i]))
                {
                    errors.Add(new EvidenceError(file, $"relatedStudies[{i}]", EvidenceRules.ReferenceKnown, $"'{study.RelatedStudies[i]}' is not a study in the library"));
                }
            }
        }

        foreach (var (file, review) in reviews)
        {
            var included = review.IncludedStudyIds.Value ?? [];
            for (var i = 0; i < included.Count; i++)
            {
                if (!studyIds.Contains(included[i]))
                {
                    errors.Add(new EvidenceError(file, $"includedStudyIds.value[{i}]", EvidenceRules.ReferenceKnown, $"'{included[i]}' is not a study in the library"));
                }
            }
        }

        return errors;
    }

    private static void CheckId(FieldChecker c, string file, string id, int schemaVersion, Dictionary<string, string> ids)
    {
        if (schemaVersion != 1)
        {
            c.Fail("schemaVersion", EvidenceRules.SchemaVersion, $"schemaVersion is {schemaVersion}; this version of Motus reads 1");
        }

        var expected = Path.GetFileNameWithoutExtension(file);
        if (string.IsNullOrWhiteSpace(id) || !string.Equals(id, expected, StringComparison.Ordinal))
        {
            c.Fail("id", EvidenceRules.IdMatchesFile, $"id '{id}' must equal the file name '{expected}'");
        }
        else if (!ids.TryAdd(id, file))
        {
            c.Fail("id", EvidenceRules.IdUnique, $"id '{id}' is also used by {ids[id]}");
        }
    }
}
