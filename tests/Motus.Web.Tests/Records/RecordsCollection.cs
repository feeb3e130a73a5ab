namespace Motus.Web.Tests.Records;

/// <summary>The write tests share one host with seeded records (<see cref="RecordsHostFixture"/>) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RecordsCollection : ICollectionFixture<RecordsHostFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "records";
}
