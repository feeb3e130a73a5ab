namespace Motus.Analysis.Evidence;

/// <summary>The per-review rules.</summary>
internal static class ReviewChecks
{
    public static void Check(FieldChecker c, SystematicReview r, int maxYear)
    {
        c.Field("firstAuthor", r.FirstAuthor);
        if (c.Field("year", r.Year))
        {
            c.Year("year.value", r.Year.Value, maxYear);
        }

        c.Field("journal", r.Journal);
        if (!c.Field("doi", r.Doi))
        {
            c.Fail("doi", EvidenceRules.IdentifierRequired, "every review needs a DOI");
        }

        if (c.Field("kind", r.Kind))
        {
            c.Code("kind.value", r.Kind.Value, EvidenceVocabulary.ReviewKinds);
        }

        c.Field("searchDate", r.SearchDate);
        if (c.Field("studiesIncluded", r.StudiesIncluded) && r.StudiesIncluded.Value is < 0)
        {
            c.Fail("studiesIncluded.value", EvidenceRules.CountPositive, "a study count cannot be negative");
        }

        if (c.Field("participants", r.Participants))
        {
            c.AtLeastOne("participants.value", r.Participants.Value);
        }

        c.Field("includedStudyIds", r.IncludedStudyIds);
        c.Field("pooled", r.Pooled);
        c.Field("conclusion", r.Conclusion);
        for (var i = 0; i < r.PooledEstimates.Count; i++)
        {
            var e = r.PooledEstimates[i];
            c.Source($"pooledEstimates[{i}]", e.Source);
            c.Interval($"pooledEstimates[{i}].ci", e.Estimate, e.CiLower, e.CiUpper, e.CiLevel);
        }
    }
}
