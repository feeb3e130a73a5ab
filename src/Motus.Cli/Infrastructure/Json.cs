using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Motus.Cli;

/// <summary>The JSON shape of <c>--json</c> output: camelCase, enums as strings, dates as ISO 8601, indented.</summary>
public static class Json
{
    /// <summary>Serializer options used for every <c>--json</c> output.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        // Relaxed escaping: the output goes to terminals, files and pipes, never into HTML, so "+", "<" or "é" stay
        // readable instead of becoming \u002B-style escapes.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new JsonStringEnumConverter());
        foreach (var converter in DomainJsonConverters.All())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes <paramref name="value"/> as JSON followed by a newline.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.WriteLine();
    }
}
