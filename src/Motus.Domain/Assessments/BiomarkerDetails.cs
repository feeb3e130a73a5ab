using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Assessments;

/// <summary>The body fluid a biomarker was measured in.</summary>
public enum BiomarkerMatrix
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,
    /// <summary>Cerebrospinal fluid.</summary>
    Csf = 1,
    /// <summary>Serum.</summary>
    Serum = 2,
    /// <summary>Plasma.</summary>
    Plasma = 3,
    /// <summary>Whole blood.</summary>
    Blood = 4,
    /// <summary>Urine.</summary>
    Urine = 5,
}

/// <summary>A biomarker or laboratory result (e.g. neurofilament light in CSF, MCP-1, creatinine).</summary>
public sealed record BiomarkerDetails : IRecordDetails
{
    /// <summary>Sample date.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Analyte (e.g. <c>NfL</c>).</summary>
    public required string Analyte { get; init; }
    /// <summary>Matrix.</summary>
    public BiomarkerMatrix Matrix { get; init; }
    /// <summary>Numeric value (BIO-01).</summary>
    public required double Value { get; init; }
    /// <summary>Unit (e.g. <c>pg/mL</c>).</summary>
    public required string Unit { get; init; }
    /// <summary>Assay or platform (e.g. <c>Simoa</c>), optional.</summary>
    public string? Assay { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<RuleViolation> Validate(DateOnly today)
    {
        var v = new ViolationList();
        v.Defined(Matrix, nameof(Matrix));
        v.NotInFuture(Date, today, nameof(Date));
        v.NotAncient(Date, nameof(Date));
        v.RequiredText(Analyte, nameof(Analyte), 100);
        v.RequiredText(Unit, nameof(Unit), 40);
        v.OptionalText(Assay, nameof(Assay), 100);
        v.When(!double.IsFinite(Value), DomainRules.BiomarkerValueFinite, nameof(Value), Value);
        return v.Items;
    }

    /// <inheritdoc />
    public IEnumerable<(DateOnly? Date, string Field)> Dates()
    {
        yield return (Date, nameof(Date));
    }
}
