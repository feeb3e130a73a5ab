using System.Globalization;
using Motus.Domain.Patients;

namespace Motus.Interop.Proact.Vocabulary;

/// <summary>Accepted values of the per-patient forms (case-insensitive; spaces and punctuation ignored).</summary>
internal static class PatientVocabulary
{
    /// <summary><c>Male</c> or <c>Female</c>.</summary>
    public static bool TryParseSex(ReadOnlySpan<char> text, out Sex sex)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, sex) = TextKey.Of(text, buffer) switch
        {
            "male" => (true, Sex.Male),
            "female" => (true, Sex.Female),
            _ => (false, Sex.Unknown),
        };
        return ok;
    }

    public static string Format(Sex sex) => sex switch
    {
        Sex.Male => "Male",
        Sex.Female => "Female",
        _ => "",
    };

    /// <summary><c>Yes</c> or <c>No</c>.</summary>
    public static bool TryParseYesNo(ReadOnlySpan<char> text, out bool value)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, value) = TextKey.Of(text, buffer) switch
        {
            "yes" => (true, true),
            "no" => (true, false),
            _ => (false, false),
        };
        return ok;
    }

    public static string Format(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "",
    };

    /// <summary>
    /// <c>Onset: Bulbar</c>, <c>Onset: Limb</c>, <c>Onset: Limb and Bulbar</c>, <c>Onset: Spine</c> (axial),
    /// <c>Onset: Other</c>; the <c>Onset:</c> prefix is optional.
    /// </summary>
    public static bool TryParseOnsetSite(ReadOnlySpan<char> text, out OnsetRegion region)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        var key = TextKey.Of(text, buffer);
        if (key.StartsWith("onset"))
        {
            key = key[5..];
        }

        (var ok, region) = key switch
        {
            "bulbar" => (true, OnsetRegion.Bulbar),
            "limb" => (true, OnsetRegion.Limb),
            "limbandbulbar" => (true, OnsetRegion.LimbAndBulbar),
            "spine" => (true, OnsetRegion.Axial),
            "other" => (true, OnsetRegion.Other),
            _ => (false, OnsetRegion.Unknown),
        };
        return ok;
    }

    /// <summary>
    /// The PRO-ACT text of a region. Regions PRO-ACT cannot express are written to the nearest coarser value:
    /// upper or lower limb as <c>Onset: Limb</c>, respiratory or generalised as <c>Onset: Other</c>.
    /// </summary>
    public static string Format(OnsetRegion region) => region switch
    {
        OnsetRegion.Bulbar => "Onset: Bulbar",
        OnsetRegion.Limb or OnsetRegion.UpperLimb or OnsetRegion.LowerLimb => "Onset: Limb",
        OnsetRegion.LimbAndBulbar => "Onset: Limb and Bulbar",
        OnsetRegion.Axial => "Onset: Spine",
        OnsetRegion.Other or OnsetRegion.Respiratory or OnsetRegion.Generalised => "Onset: Other",
        _ => "",
    };

    /// <summary>An onset-site indicator column: ticked is <c>1</c>, <c>Yes</c> or <c>True</c> (any non-zero number); not ticked is <c>0</c>, <c>No</c> or <c>False</c>.</summary>
    public static bool TryParseIndicator(ReadOnlySpan<char> text, out bool ticked)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            ticked = number != 0;
            return true;
        }

        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, ticked) = TextKey.Of(text, buffer) switch
        {
            "yes" or "true" => (true, true),
            "no" or "false" => (true, false),
            _ => (false, false),
        };
        return ok;
    }
}
