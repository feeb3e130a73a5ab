using Motus.Domain.Patients;

namespace Motus.Web.Api;

/// <summary>A patient's facts.</summary>
public sealed record PatientDto(string Code, string Study, string Site, string? Arm, Sex Sex, int? YearOfBirth, OnsetRegion OnsetRegion,
    DateOnly? OnsetDate, DateOnly? DiagnosisDate, DateOnly? EnrolmentDate, DateOnly? WithdrawalDate, bool Deleted);
