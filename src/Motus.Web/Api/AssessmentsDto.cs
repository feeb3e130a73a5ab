using Motus.Domain.Assessments;

namespace Motus.Web.Api;

/// <summary>A patient's functional, respiratory, strength and quality-of-life assessments.</summary>
/// <param name="Alsfrs">ALSFRS / ALSFRS-R ratings with computed subscores and total.</param>
/// <param name="VitalCapacity">Vital-capacity tests.</param>
/// <param name="Strength">Strength measurements (one muscle group and side each; MRC grade or dynamometry force in N).</param>
/// <param name="Alsaq">ALSAQ-40 / ALSAQ-5 questionnaires with their domain scores.</param>
public sealed record AssessmentsDto(IReadOnlyList<RecordDto<AlsfrsDetails>> Alsfrs, IReadOnlyList<RecordDto<VitalCapacityDetails>> VitalCapacity,
    IReadOnlyList<RecordDto<StrengthDetails>> Strength, IReadOnlyList<AlsaqDto> Alsaq);
