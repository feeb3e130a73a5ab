using System.Text.Json;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Regression;

/// <summary>An lm() fixture from tests/fixtures/r/regression: the data (y plus named predictor columns) and R's summary.</summary>
internal sealed class OlsFixture
{
    private OlsFixture(JsonElement root)
    {
        Root = root;
        var data = root.GetProperty("data");
        Y = data.GetProperty("y").Doubles();
        var cols = data.EnumerateObject().Where(p => p.Name != "y").Select(p => (p.Name, p.Value.Doubles())).ToArray();
        X = cols.Length == 0 ? DesignMatrix.Empty(Y.Length) : DesignMatrix.FromColumns(cols);
    }

    public JsonElement Root { get; }

    public double[] Y { get; }

    public DesignMatrix X { get; }

    public double this[string name] => Root.GetProperty(name).GetDouble();

    public double[] Array(string name) => Root.GetProperty(name).Doubles();

    public static OlsFixture Load(string file) => new(RFixtures.Load("regression", file));
}
