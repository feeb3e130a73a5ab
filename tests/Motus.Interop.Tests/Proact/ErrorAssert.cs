using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

internal static class ErrorAssert
{
    /// <summary>Asserts the read failed with exactly this one error (file, line, column, value, rule).</summary>
    public static ImportError Single(ProactReadResult result, string file, int line, string? column, string? value, string ruleId)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Dataset);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column, value, ruleId), (error.File, error.Line, error.Column, error.Value, error.RuleId));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }

    /// <summary>Asserts the result holds this error among others.</summary>
    public static void Contains(ProactReadResult result, string file, int line, string? column, string? value, string ruleId) =>
        Assert.Contains(result.Errors, e => (e.File, e.Line, e.Column, e.Value, e.RuleId) == (file, line, column, value, ruleId));
}
