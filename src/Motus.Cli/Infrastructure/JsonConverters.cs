using System.Text.Json;
using System.Text.Json.Serialization;
using Motus.Domain.Common;
using Motus.Domain.Safety;

namespace Motus.Cli;

/// <summary>Writes typed ids as plain GUID strings.</summary>
internal sealed class TypedIdConverter<T>(Func<T, Guid> get, Func<Guid, T> make) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => make(reader.GetGuid());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(get(value));
}

/// <summary>Writes a CTCAE grade as its number.</summary>
internal sealed class CtcaeGradeConverter : JsonConverter<CtcaeGrade>
{
    public override CtcaeGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => CtcaeGrade.From(reader.GetInt32());

    public override void Write(Utf8JsonWriter writer, CtcaeGrade value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>The converters for the domain's value types.</summary>
internal static class DomainJsonConverters
{
    public static IEnumerable<JsonConverter> All()
    {
        yield return new TypedIdConverter<PatientId>(x => x.Value, g => new PatientId(g));
        yield return new TypedIdConverter<StudyId>(x => x.Value, g => new StudyId(g));
        yield return new TypedIdConverter<SiteId>(x => x.Value, g => new SiteId(g));
        yield return new TypedIdConverter<CellProductId>(x => x.Value, g => new CellProductId(g));
        yield return new CtcaeGradeConverter();
    }
}
