using System.Text.Json;
using System.Text.Json.Serialization;
using Motus.Statistics.Design;

namespace Motus.Simulation.Trials;

/// <summary>
/// Reads a trial design from JSON (docs/examples/trial-design.json, docs/methods/trial-simulation.md). Strict: property
/// names are camelCase and case-sensitive, unknown properties, comments, trailing commas and values of the wrong type
/// are errors, and every rule broken is reported with the JSON path of the value.
/// </summary>
public static class TrialDesignReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
    };

    /// <summary>Parses and validates <paramref name="json"/>.</summary>
    /// <param name="json">The design document.</param>
    public static TrialDesignParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TrialDesignDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<TrialDesignDocument>(json, Options);
        }
        catch (JsonException e)
        {
            return new TrialDesignParseResult(null, [new DesignError(e.Path ?? "$", Describe(e))]);
        }

        if (doc is null)
        {
            return new TrialDesignParseResult(null, [new DesignError("$", "the document must be a JSON object")]);
        }

        var v = new DesignValidator();
        var design = v.Validate(doc);
        return v.Errors.Count == 0 ? new TrialDesignParseResult(design, []) : new TrialDesignParseResult(null, v.Errors);
    }

    private static string Describe(JsonException e)
    {
        // System.Text.Json's messages name the .NET type and the path; keep the part a user can act on.
        var message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "unknown property (names are camelCase and case-sensitive; see docs/examples/trial-design.json)";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "value of the wrong type (a number, string, boolean, list or object as documented is expected)";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "invalid JSON: " + (cut > 0 ? message[..cut] : message);
    }

    internal static Sidedness ToSidedness(int sided) => sided == 1 ? Sidedness.OneSided : Sidedness.TwoSided;
}
