namespace Motus.Web.Pages.Records;

/// <summary>
/// The wording of each ALSFRS-R item's scores, 4 (normal) to 0, from Cedarbaum et al., J Neurol Sci 1999;169:13–21 as
/// collected in the project's ALS methods reference (shared/reference/als-methods.md §1.1, from published copies of the form). Item R2's wording comes from
/// public implementations only, and the original ALSFRS breathing item (10) has no verified wording: both are marked
/// unverified on the form.
/// </summary>
public static class AlsfrsAnchors
{
    /// <summary>Anchors by item field, index = score (0–4).</summary>
    public static IReadOnlyDictionary<string, string[]> ByField { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Q1Speech"] = ["Loss of useful speech", "Speech combined with non-vocal communication", "Intelligible with repeating", "Detectable speech disturbance", "Normal speech processes"],
        ["Q2Salivation"] = ["Marked drooling; requires constant tissue or handkerchief", "Marked excess of saliva with some drooling", "Moderately excessive saliva; may have minimal drooling", "Slight but definite excess of saliva in mouth; may have night-time drooling", "Normal"],
        ["Q3Swallowing"] = ["NPO (exclusively parenteral or enteral feeding)", "Needs supplemental tube feeding", "Dietary consistency changes", "Early eating problems – occasional choking", "Normal eating habits"],
        ["Q4Handwriting"] = ["Unable to grip pen", "Able to grip pen but unable to write", "Not all words legible", "Slow or sloppy; all words legible", "Normal"],
        ["Q5aCutting"] = ["Needs to be fed", "Food must be cut by someone, but can still feed slowly", "Can cut most foods, although clumsy and slow; some help needed", "Somewhat slow and clumsy, but no help needed", "Normal"],
        ["Q5bCuttingGastrostomy"] = ["Unable to perform any aspect of task", "Provides minimal assistance to caregiver", "Some help needed with closures and fasteners", "Clumsy but able to perform all manipulations independently", "Normal"],
        ["Q6Dressing"] = ["Total dependence", "Needs attendant for self-care", "Intermittent assistance or substitute methods", "Independent and complete self-care with effort or decreased efficiency", "Normal function"],
        ["Q7Turning"] = ["Helpless", "Can initiate, but not turn or adjust sheets alone", "Can turn alone or adjust sheets, but with great difficulty", "Somewhat slow and clumsy, but no help needed", "Normal"],
        ["Q8Walking"] = ["No purposeful leg movement", "Non-ambulatory functional movement (only)", "Walks with assistance", "Early ambulation difficulties", "Normal"],
        ["Q9Stairs"] = ["Cannot do", "Needs assistance", "Mild unsteadiness or fatigue", "Slow", "Normal"],
        ["R1Dyspnea"] = ["Significant difficulty; considering using mechanical respiratory support", "Occurs at rest; difficulty breathing when either sitting or lying", "Occurs with one or more of: eating, bathing, dressing", "Occurs when walking", "None"],
        ["R2Orthopnea"] = ["Unable to sleep", "Can only sleep sitting up", "Needs extra pillows in order to sleep (more than two)", "Some difficulty sleeping at night due to shortness of breath; does not routinely use more than two pillows", "None"],
        ["R3RespiratoryInsufficiency"] = ["Invasive mechanical ventilation by intubation or tracheostomy", "Continuous use of BiPAP during the night and day", "Continuous use of BiPAP during the night", "Intermittent use of BiPAP", "None"],
    };

    /// <summary>Items whose wording is not verified against the published form, with the note shown beside them.</summary>
    public static IReadOnlyDictionary<string, string> Unverified { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R2Orthopnea"] = "Wording from public implementations of the form; not checked against the 1999 paper (unverified).",
        ["Q10Respiratory"] = "Original ALSFRS breathing item: no verified wording is available; scores 0–4 only (unverified).",
    };

    /// <summary>The subscore each item field belongs to (the form's live sums and the server's agree on this).</summary>
    public static string Domain(string field) => field switch
    {
        "Q1Speech" or "Q2Salivation" or "Q3Swallowing" => "bulbar",
        "Q4Handwriting" or "Q5aCutting" or "Q5bCuttingGastrostomy" or "Q6Dressing" => "fine",
        "Q7Turning" or "Q8Walking" or "Q9Stairs" => "gross",
        _ => "resp",
    };
}
