namespace Motus.Analysis.Safety;

/// <summary>The safety tables of a cohort, by arm and overall ("(all)").</summary>
/// <param name="Method">Population, event window, counting, attribution and interval choices, in words.</param>
/// <param name="Arms">Population and exposure per arm.</param>
/// <param name="Overview">Patients and events per arm for the headline measures.</param>
/// <param name="ByCategory">Per arm × category (and all categories) × worst grade.</param>
/// <param name="ByProductRelatedness">The same, split by relatedness to the product.</param>
/// <param name="ByProcedureRelatedness">The same, split by relatedness to the procedure.</param>
/// <param name="PerAdministration">Incidence per administration by dose number and by route.</param>
/// <param name="ExposureAdjusted">Events per 100 patient-months.</param>
/// <param name="SeriousEvents">Every serious event in the window, by arm, patient and onset.</param>
/// <param name="Deaths">Every death, by arm, patient and date.</param>
/// <param name="Warnings">Data problems met (e.g. a link to a deleted administration).</param>
public sealed record SafetyReport(
    string Method,
    IReadOnlyList<ArmExposure> Arms,
    IReadOnlyList<OverviewRow> Overview,
    IReadOnlyList<AeCountRow> ByCategory,
    IReadOnlyList<AeCountRow> ByProductRelatedness,
    IReadOnlyList<AeCountRow> ByProcedureRelatedness,
    IReadOnlyList<AdministrationIncidenceRow> PerAdministration,
    IReadOnlyList<ExposureRateRow> ExposureAdjusted,
    IReadOnlyList<SeriousEventListing> SeriousEvents,
    IReadOnlyList<DeathListing> Deaths,
    IReadOnlyList<string> Warnings);
