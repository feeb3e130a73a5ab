namespace Motus.Analysis.Evidence;

/// <summary>The per-study rules: every field's status and source, vocabularies, counts, years, follow-up, intervals.</summary>
internal static class StudyChecks
{
    public static void Check(FieldChecker c, EvidenceStudy s, int maxYear)
    {
        c.Field("firstAuthor", s.FirstAuthor);
        if (c.Field("year", s.Year))
        {
            c.Year("year.value", s.Year.Value, maxYear);
        }

        c.Field("journal", s.Journal);
        var hasPmid = c.Field("pmid", s.Pmid);
        var hasDoi = c.Field("doi", s.Doi);
        if (!hasPmid && !hasDoi)
        {
            c.Fail("pmid/doi", EvidenceRules.IdentifierRequired, "every study needs a PMID or a DOI");
        }

        c.Field("registryIds", s.RegistryIds);
        c.Field("phase", s.Phase);
        if (c.Field("design", s.Design))
        {
            c.Code("design.value.code", s.Design.Value!.Code, EvidenceVocabulary.Designs);
        }

        if (c.Field("nTreated", s.NTreated))
        {
            c.AtLeastOne("nTreated.value", s.NTreated.Value);
        }

        if (c.Field("controls", s.Controls))
        {
            for (var i = 0; i < s.Controls.Value!.Count; i++)
            {
                c.AtLeastOne($"controls.value[{i}].n", s.Controls.Value[i].N);
            }
        }

        if (c.Field("cellType", s.CellType))
        {
            c.Code("cellType.value.code", s.CellType.Value!.Code, EvidenceVocabulary.CellTypes);
        }

        c.Field("cellSource", s.CellSource);
        c.Field("autologous", s.Autologous);
        if (c.Field("route", s.Route))
        {
            c.Code("route.value.code", s.Route.Value!.Code, EvidenceVocabulary.Routes);
        }

        c.Field("dose", s.Dose);
        c.Field("administrations", s.Administrations);
        if (c.Field("followUp", s.FollowUp) && !(s.FollowUp.Value!.Months >= 0 && double.IsFinite(s.FollowUp.Value.Months)))
        {
            c.Fail("followUp.value.months", EvidenceRules.FollowUpNonNegative, $"{s.FollowUp.Value.Months} months: follow-up must be ≥ 0");
        }

        c.Field("primaryEndpoint", s.PrimaryEndpoint);
        c.Field("efficacyResult", s.EfficacyResult);
        c.Field("safetyResult", s.SafetyResult);
        if (c.Field("conclusion", s.Conclusion))
        {
            c.Code("conclusion.value", s.Conclusion.Value, EvidenceVocabulary.Conclusions);
        }

        AdverseEvents(c, s.AdverseEvents);
        Efficacy(c, s.Efficacy);
        Claims(c, s.Claims);
    }

    private static void AdverseEvents(FieldChecker c, List<AdverseEventCount> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var name = $"adverseEvents[{i}]";
            c.Code(name + ".category", e.Category, EvidenceVocabulary.AdverseEventCategories);
            c.Source(name, e.Source);
            c.AtLeastOne(name + ".n", e.N);
            if (e.Events < 0 || (e.N is { } n && e.Events > n))
            {
                c.Fail(name + ".events", EvidenceRules.EventsRange, $"{e.Events} events with n = {e.N}: need 0 ≤ events ≤ n");
            }

            if (e.Status == EvidenceStatus.Missing)
            {
                c.Fail(name + ".status", EvidenceRules.StatusValue, "a count is stored only when the reference gives it; drop the entry instead of marking it missing");
            }
        }
    }

    private static void Efficacy(FieldChecker c, List<EfficacyResult> results)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var e = results[i];
            var name = $"efficacy[{i}]";
            c.Code(name + ".comparison", e.Comparison, EvidenceVocabulary.Comparisons);
            c.Source(name, e.Source);
            c.Interval(name + ".ci", e.Estimate, e.CiLower, e.CiUpper, e.CiLevel);
            c.Probability(name + ".pValue", e.PValue);
            if (string.IsNullOrWhiteSpace(e.Measure))
            {
                c.Fail(name + ".measure", EvidenceRules.Json, "measure is required");
            }

            if (e.TimepointMonths is < 0)
            {
                c.Fail(name + ".timepointMonths", EvidenceRules.FollowUpNonNegative, $"{e.TimepointMonths} months: must be ≥ 0");
            }
        }
    }

    private static void Claims(FieldChecker c, List<ResponderClaim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var r = claims[i];
            var name = $"claims[{i}]";
            c.Source(name, r.Source);
            c.AtLeastOne(name + ".n", r.N);
            if (r.Responders is < 0 || (r.Responders is { } x && r.N is { } n && x > n))
            {
                c.Fail(name + ".responders", EvidenceRules.RespondersRange, $"{r.Responders} responders with n = {r.N}: need 0 ≤ responders ≤ n");
            }

            if (r.Percent is { } p && !(p >= 0 && p <= 100))
            {
                c.Fail(name + ".percent", EvidenceRules.RespondersRange, $"{p}%: need 0–100");
            }

            if (r.RelativeSlopeImprovement is { } t && !(t > 0 && double.IsFinite(t)))
            {
                c.Fail(name + ".relativeSlopeImprovement", EvidenceRules.RespondersRange, $"{t}: a responder threshold must be a positive fraction (0.25 for 25%)");
            }
        }
    }
}
