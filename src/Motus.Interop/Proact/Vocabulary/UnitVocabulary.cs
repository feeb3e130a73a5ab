namespace Motus.Interop.Proact.Vocabulary;

/// <summary>Units of <c>Weight_Units</c> and <c>Height_Units</c> and their factors to kilograms and centimetres (case-insensitive).</summary>
internal static class UnitVocabulary
{
    /// <summary>Kilograms per pound (exact, by the international yard and pound agreement of 1959).</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>Centimetres per inch (exact).</summary>
    public const double CentimetresPerInch = 2.54;

    public const string Kilograms = "Kilograms";
    public const string Centimetres = "Centimeters";

    /// <summary><c>kg</c>, <c>kgs</c>, <c>kilogram(s)</c>: factor 1; <c>lb</c>, <c>lbs</c>, <c>pound(s)</c>: 0.45359237.</summary>
    public static bool TryParseWeightUnit(ReadOnlySpan<char> text, out double toKilograms)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        toKilograms = TextKey.Of(text, buffer) switch
        {
            "kg" or "kgs" or "kilogram" or "kilograms" => 1,
            "lb" or "lbs" or "pound" or "pounds" => KilogramsPerPound,
            _ => 0,
        };
        return toKilograms > 0;
    }

    /// <summary><c>cm</c>, <c>centimeter(s)</c>, <c>centimetre(s)</c>: factor 1; <c>in</c>, <c>inch</c>, <c>inches</c>: 2.54.</summary>
    public static bool TryParseHeightUnit(ReadOnlySpan<char> text, out double toCentimetres)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        toCentimetres = TextKey.Of(text, buffer) switch
        {
            "cm" or "cms" or "centimeter" or "centimeters" or "centimetre" or "centimetres" => 1,
            "in" or "inch" or "inches" => CentimetresPerInch,
            _ => 0,
        };
        return toCentimetres > 0;
    }
}
