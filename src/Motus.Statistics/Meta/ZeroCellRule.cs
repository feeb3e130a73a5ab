namespace Motus.Statistics.Meta;

/// <summary>Which studies receive the zero-cell increment; the values of metafor's <c>escalc(to = …)</c>.</summary>
public enum ZeroCellRule
{
    /// <summary>Only studies with a zero cell (for proportions: x = 0 or x = n). R: <c>to = "only0"</c> (metafor's default).</summary>
    OnlyZero,

    /// <summary>Every study. R: <c>to = "all"</c>.</summary>
    All,

    /// <summary>Every study, but only when at least one study has a zero cell. R: <c>to = "if0all"</c>.</summary>
    IfAnyZero,

    /// <summary>No study. R: <c>to = "none"</c>.</summary>
    None,
}
