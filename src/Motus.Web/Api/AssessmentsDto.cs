using Motus.Domain.Assessments;

namespace Motus.Web.Api;

/// <summary>A patient's functional and respiratory assessments.</summary>
/// <param name="Alsfrs">ALSFRS / ALSFRS-R ratings with computed subscores and total.</param>
/// <param name="VitalCapacity">Vital-capacity tests.</param>
public sealed record AssessmentsDto(IReadOnlyList<RecordDto<AlsfrsDetails>> Alsfrs, IReadOnlyList<RecordDto<VitalCapacityDetails>> VitalCapacity);
