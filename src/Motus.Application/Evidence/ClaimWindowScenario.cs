namespace Motus.Application.Evidence;

/// <summary>
/// The visit schedule under which a published claim is checked: lead-in and follow-up visit times in months (0 = the
/// treatment visit, shared by both windows). The shipped data gives a claim's windows only as words ("between the 1st
/// and 2nd injection"), so every schedule used today is a documented default and says so in <see cref="Basis"/>.
/// </summary>
/// <param name="Name">Short name shown in tables (e.g. "lead-in 3 mo, follow-up 3 mo").</param>
/// <param name="PreTimes">Lead-in visit times, months (≤ 0).</param>
/// <param name="PostTimes">Follow-up visit times, months (≥ 0).</param>
/// <param name="Basis">Why this schedule: "default" and the reason (the claim states no visit times).</param>
public sealed record ClaimWindowScenario(string Name, IReadOnlyList<double> PreTimes, IReadOnlyList<double> PostTimes, string Basis)
{
    /// <summary>
    /// Default 1: a monthly 3-month lead-in (−3, −2, −1, 0) and a monthly 3-month follow-up (0, 1, 2, 3): a 3-month
    /// inter-injection interval (trial-methods §3.4 scenario C).
    /// </summary>
    public static ClaimWindowScenario ThreeMonthFollowUp { get; } = new(
        "lead-in 3 mo, follow-up 3 mo",
        [-3, -2, -1, 0],
        [0, 1, 2, 3],
        "default: the claim gives no visit times; monthly 3-month lead-in and 3-month follow-up (a 3-month interval between injections, trial-methods §3.4 scenario C)");

    /// <summary>Default 2: a monthly 3-month lead-in and a monthly 6-month follow-up (trial-methods §3.4 scenario B).</summary>
    public static ClaimWindowScenario SixMonthFollowUp { get; } = new(
        "lead-in 3 mo, follow-up 6 mo",
        [-3, -2, -1, 0],
        [0, 1, 2, 3, 4, 5, 6],
        "default: the claim gives no visit times; monthly 3-month lead-in and 6-month follow-up (a 6-month interval between injections, trial-methods §3.4 scenario B)");

    /// <summary>The default schedules, shown side by side rather than one chosen silently.</summary>
    public static IReadOnlyList<ClaimWindowScenario> Defaults { get; } = [ThreeMonthFollowUp, SixMonthFollowUp];
}
