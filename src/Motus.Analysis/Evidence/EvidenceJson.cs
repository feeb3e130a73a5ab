using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Motus.Analysis.Evidence;

/// <summary>
/// The JSON conventions of the evidence files: camelCase names, lower-case status names, unknown properties rejected;
/// written with relaxed escaping so that "–", "≥" or "é" stay readable (the output never goes into HTML unencoded).
/// </summary>
public static class EvidenceJson
{
    /// <summary>Options used to read (and write) the evidence files.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
