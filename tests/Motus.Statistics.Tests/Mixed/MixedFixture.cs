using System.Text.Json;
using Motus.Statistics.Mixed;
using Motus.Statistics.Regression;

namespace Motus.Statistics.Tests.Mixed;

/// <summary>
/// An lmer fixture from tests/fixtures/r/mixed: the data, the model it describes, and lme4/lmerTest's results for the
/// default optimiser ("default") and for bobyqa at rhoend = 1e-12 ("precise").
/// </summary>
internal sealed class MixedFixture
{
    private MixedFixture(string file, JsonElement root)
    {
        File = file;
        Root = root;
        var data = root.GetProperty("data");
        Y = data.GetProperty("y").Doubles();
        Group = data.GetProperty("group").Ints();
        var formula = root.GetProperty("formula").GetString()!;
        Reml = Precise.GetProperty("reml").GetBoolean();
        if (file.StartsWith("sleepstudy", StringComparison.Ordinal))
        {
            var days = data.GetProperty("days").Doubles();
            X = DesignMatrix.FromColumns(("Days", days));
            Random = formula.Contains("(Days", StringComparison.Ordinal) ? RandomEffectsTerm.InterceptAndSlope(days, "Days") : RandomEffectsTerm.Intercept;
        }
        else if (file.StartsWith("als", StringComparison.Ordinal))
        {
            var months = data.GetProperty("months").Doubles();
            var arm = data.GetProperty("arm").Doubles();
            X = DesignMatrix.FromColumns(("months", months), ("arm", arm), ("months:arm", months.Zip(arm, (m, a) => m * a).ToArray()));
            Random = formula.Contains("(months", StringComparison.Ordinal) ? RandomEffectsTerm.InterceptAndSlope(months, "months") : RandomEffectsTerm.Intercept;
        }
        else if (file.StartsWith("balanced", StringComparison.Ordinal))
        {
            X = DesignMatrix.FromColumns(("arm", data.GetProperty("arm").Doubles()), ("time", data.GetProperty("time").Doubles()));
            Random = RandomEffectsTerm.Intercept;
        }
        else
        {
            var t = data.GetProperty("t").Doubles();
            X = data.TryGetProperty("x", out var x) ? DesignMatrix.FromColumns(("t", t), ("x", x.Doubles())) : DesignMatrix.FromColumns(("t", t));
            Random = RandomEffectsTerm.InterceptAndSlope(t, "t");
        }
    }

    public string File { get; }

    public JsonElement Root { get; }

    public JsonElement Precise => Root.GetProperty("precise");

    public JsonElement Default => Root.GetProperty("default");

    public double[] Y { get; }

    public int[] Group { get; }

    public DesignMatrix X { get; }

    public RandomEffectsTerm Random { get; }

    public bool Reml { get; }

    public LinearMixedModelOptions Options => new()
    {
        Method = Reml ? MixedModelMethod.RestrictedMaximumLikelihood : MixedModelMethod.MaximumLikelihood,
    };

    public static MixedFixture Load(string file) => new(file, RFixtures.Load("mixed", file));

    public LinearMixedModelResult<int> Fit() => LinearMixedModel.Fit(Y, X, Group, Random, Options);

    /// <summary>−2 log-likelihood as R reports it: the REML criterion or the ML deviance.</summary>
    public static double Criterion(JsonElement r) =>
        r.GetProperty("reml").GetBoolean() ? r.GetProperty("reml_criterion").GetDouble() : r.GetProperty("deviance_ml").GetDouble();

    public static double Criterion<T>(LinearMixedModelResult<T> fit) => fit.RemlCriterion ?? fit.Deviance!.Value;
}
