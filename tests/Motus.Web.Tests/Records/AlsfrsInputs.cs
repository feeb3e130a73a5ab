using Motus.Application.Records;
using Motus.Testing;

namespace Motus.Web.Tests.Records;

/// <summary>ALSFRS-R inputs for tests.</summary>
public static class AlsfrsInputs
{
    /// <summary>Every item 4 (total 48), no gastrostomy: the form input of <see cref="Builders.NormalAlsfrsDetails"/>.</summary>
    public static AlsfrsInput Normal(DateOnly date) => AlsfrsInput.From(Builders.NormalAlsfrsDetails(date));
}
