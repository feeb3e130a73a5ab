namespace Motus.Statistics.Regression;

/// <summary>Names the fitting methods give to terms they add themselves, spelled as R prints them.</summary>
public static class RegressionNames
{
    /// <summary>The intercept, <c>(Intercept)</c> as in R's coefficient tables.</summary>
    public const string Intercept = "(Intercept)";
}
