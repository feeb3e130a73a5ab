using System.Text.Json;
using Motus.Statistics.Meta;

namespace Motus.Statistics.Tests.Meta;

/// <summary>Reads tests/fixtures/r/meta (made by make.R with metafor 3.8-1) and compares fits with it.</summary>
internal static class MetaFixtures
{
    public const string Area = "meta";

    /// <summary>Closed-form quantities (FE, DL, escalc-based): 1e-6 relative, as the brief requires.</summary>
    public const double ClosedForm = 1e-6;

    /// <summary>Quantities depending on an iterative τ² (REML, PM) and Q-profile bounds: 1e-5 relative.</summary>
    public const double Iterative = 1e-5;

    public static JsonElement Load(string file) => RFixtures.Load(Area, file);

    /// <summary>(file, measure, index) of every rma fit stored under "fits" in the three data-set fixtures.</summary>
    public static TheoryData<string, string, int> AllFits(Func<JsonElement, bool>? where = null)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var file in new[] { "bcg.json", "proportions.json", "continuous.json" })
        {
            foreach (var measure in Load(file).GetProperty("fits").EnumerateObject())
            {
                for (var i = 0; i < measure.Value.GetArrayLength(); i++)
                {
                    if (where is null || where(measure.Value[i]))
                    {
                        data.Add(file, measure.Name, i);
                    }
                }
            }
        }

        return data;
    }

    public static JsonElement Fit(string file, string measure, int index) => Load(file).GetProperty("fits").GetProperty(measure)[index];

    public static (double[] Yi, double[] Vi) Escalc(string file, string measure)
    {
        var es = Load(file).GetProperty("escalc").GetProperty(measure);
        return (es.GetProperty("yi").Doubles(), es.GetProperty("vi").Doubles());
    }

    public static MetaMethod Method(string r) => r switch
    {
        "FE" => MetaMethod.FixedEffect,
        "DL" => MetaMethod.DerSimonianLaird,
        "REML" => MetaMethod.RestrictedMaximumLikelihood,
        "PM" => MetaMethod.PauleMandel,
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, "unknown method"),
    };

    public static MetaTest Test(string r) => r switch
    {
        "z" => MetaTest.Z,
        "knha" => MetaTest.KnappHartung,
        "adhoc" => MetaTest.ModifiedKnappHartung,
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, "unknown test"),
    };

    public static MetaAnalysisOptions Options(JsonElement fit, PredictionIntervalKind pi = PredictionIntervalKind.Standard) => new()
    {
        Method = Method(fit.GetProperty("method").GetString()!),
        Test = Test(fit.GetProperty("test").GetString()!),
        PredictionInterval = pi,
    };

    public static double Tolerance(JsonElement fit) => fit.GetProperty("method").GetString() is "REML" or "PM" ? Iterative : ClosedForm;

    public static double D(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? double.NaN : e.GetProperty(name).GetDouble();

    public static bool IsNull(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null;

    /// <summary>|actual − expected| ≤ tol·|expected|, or ≤ tol when expected is 0 (τ² on the boundary).</summary>
    public static void Near(double expected, double? actual, double tol, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        Close.Relative(expected, actual!.Value, tol, what);
    }
}
