namespace Motus.Analysis.Staging;

/// <summary>Printable stage names: "0", "1", "2", "3", "4A", "4B", "5".</summary>
public static class StageLabels
{
    /// <summary>The King's stage as printed in the literature.</summary>
    public static string Of(KingsStage stage) => stage switch
    {
        KingsStage.Stage4A => "4A",
        KingsStage.Stage4B => "4B",
        KingsStage.Stage5 => "5",
        _ => ((int)stage).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Label of an interval whose stage could not be determined.</summary>
    public const string NotDetermined = "not determined";
}
