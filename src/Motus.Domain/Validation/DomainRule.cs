namespace Motus.Domain.Validation;

/// <summary>A named domain rule: a stable id and what it requires.</summary>
/// <param name="Id">Stable identifier, e.g. <c>PAT-03</c>; never reused for another meaning.</param>
/// <param name="Description">What the rule requires, phrased to follow "field = value:".</param>
public sealed record DomainRule(string Id, string Description);
