using Motus.Domain.Safety;

namespace Motus.Analysis.Safety;

/// <summary>One serious adverse event, for the listing.</summary>
/// <param name="PatientCode">The patient.</param>
/// <param name="Arm">The arm, or "(none)".</param>
/// <param name="VerbatimTerm">The reporter's words.</param>
/// <param name="Category">Category.</param>
/// <param name="Grade">CTCAE grade, or null when not graded.</param>
/// <param name="OnsetDate">Onset.</param>
/// <param name="ResolutionDate">Resolution (for a fatal event the date of death), or null.</param>
/// <param name="Criteria">Seriousness criteria.</param>
/// <param name="RelatednessToProduct">Assessed relatedness to the product.</param>
/// <param name="RelatednessToProcedure">Assessed relatedness to the procedure.</param>
/// <param name="Expectedness">Expectedness.</param>
/// <param name="Outcome">Outcome.</param>
/// <param name="DaysSinceLastAdministration">Days from the latest administration on or before the onset; null when none.</param>
/// <param name="LastDoseNumber">Dose number of that administration; null when none.</param>
public sealed record SeriousEventListing(
    string PatientCode,
    string Arm,
    string VerbatimTerm,
    AeCategory Category,
    int? Grade,
    DateOnly OnsetDate,
    DateOnly? ResolutionDate,
    SeriousnessCriteria Criteria,
    Relatedness RelatednessToProduct,
    Relatedness RelatednessToProcedure,
    Expectedness Expectedness,
    AeOutcome Outcome,
    int? DaysSinceLastAdministration,
    int? LastDoseNumber);
