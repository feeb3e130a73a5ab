namespace Motus.Simulation.Trials;

// The JSON shape of a design file (docs/examples/trial-design.json). Every property is nullable so that a missing value
// is reported with its path by the reader instead of becoming a silent default.
internal sealed class TrialDesignDocument
{
    public string? Name { get; set; }
    public List<ArmDocument?>? Arms { get; set; }
    public SampleSizeDocument? SampleSize { get; set; }
    public EntryDocument? Entry { get; set; }
    public VisitsDocument? Visits { get; set; }
    public double? DurationMonths { get; set; }
    public DropoutDocument? Dropout { get; set; }
    public EffectDocument? Effect { get; set; }
    public List<AnalysisDocument?>? Analyses { get; set; }
    public double? Alpha { get; set; }
    public int? Sided { get; set; }
    public int? Replicates { get; set; }
    public ulong? Seed { get; set; }
    public TruthDocument? Truth { get; set; }
}

internal sealed class ArmDocument
{
    public string? Name { get; set; }
    public double? Ratio { get; set; }
    public bool? Control { get; set; }
}

internal sealed class SampleSizeDocument
{
    public int? Total { get; set; }
    public Dictionary<string, int>? PerArm { get; set; }
}

internal sealed class RangeDocument
{
    public double? Min { get; set; }
    public double? Max { get; set; }
}

internal sealed class LeadInDocument
{
    public double? Months { get; set; }
    public double? IntervalMonths { get; set; }
    public double? MinDecline { get; set; }
}

internal sealed class EntryDocument
{
    public RangeDocument? AlsfrsR { get; set; }
    public RangeDocument? DeltaFs { get; set; }
    public RangeDocument? EncalsLinearPredictor { get; set; }
    public RangeDocument? MonthsSinceOnset { get; set; }
    public RangeDocument? FvcPercent { get; set; }
    public LeadInDocument? LeadIn { get; set; }
}

internal sealed class VisitsDocument
{
    public List<double>? Months { get; set; }
    public double? IntervalMonths { get; set; }
    public int? JitterDays { get; set; }
    public double? MissedVisitProbability { get; set; }
}

internal sealed class DropoutDocument
{
    public double? RatePerMonth { get; set; }
    public bool? Informative { get; set; }
}

internal sealed class EffectDocument
{
    public double? SlopeMultiplier { get; set; }
    public double? HazardRatio { get; set; }
}

internal sealed class AnalysisDocument
{
    public string? Type { get; set; }
    public string? Test { get; set; }
    public double? Slowing { get; set; }
    public string? Unevaluable { get; set; }
}

internal sealed class TruthDocument
{
    public int? PatientsPerArm { get; set; }
}
