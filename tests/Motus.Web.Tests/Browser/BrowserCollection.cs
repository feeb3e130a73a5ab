namespace Motus.Web.Tests.Browser;

/// <summary>Every browser test shares one host and one Chromium (starting them is most of a browser test's time).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
