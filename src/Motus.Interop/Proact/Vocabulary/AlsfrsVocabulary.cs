using Motus.Domain.Assessments;

namespace Motus.Interop.Proact.Vocabulary;

/// <summary>Accepted values of <c>Mode_of_Administration</c> and <c>ALSFRS_Responded_By</c> (case-insensitive; spaces and punctuation ignored).</summary>
internal static class AlsfrsVocabulary
{
    /// <summary>
    /// Clinic: <c>Clinic</c>, <c>In clinic</c>, <c>In person</c>, <c>Face to face</c>. Phone: <c>Phone</c>,
    /// <c>Telephone</c>. Self on paper: <c>Self (paper)</c>, <c>Paper</c>. Self in an app: <c>Self (app)</c>,
    /// <c>App</c>, <c>Online</c>, <c>Web</c>. <c>Unknown</c> is accepted as not recorded.
    /// </summary>
    public static bool TryParseMode(ReadOnlySpan<char> text, out AdministrationMode mode)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, mode) = TextKey.Of(text, buffer) switch
        {
            "clinic" or "inclinic" or "inperson" or "facetoface" => (true, AdministrationMode.Clinic),
            "phone" or "telephone" => (true, AdministrationMode.Phone),
            "selfpaper" or "paper" => (true, AdministrationMode.SelfPaper),
            "selfapp" or "app" or "online" or "web" => (true, AdministrationMode.SelfApp),
            "unknown" => (true, AdministrationMode.Unknown),
            _ => (false, AdministrationMode.Unknown),
        };
        return ok;
    }

    public static string Format(AdministrationMode mode) => mode switch
    {
        AdministrationMode.Clinic => "Clinic",
        AdministrationMode.Phone => "Phone",
        AdministrationMode.SelfPaper => "Self (paper)",
        AdministrationMode.SelfApp => "Self (app)",
        _ => "",
    };

    /// <summary>Patient: <c>Patient</c>, <c>Subject</c>. Caregiver: <c>Caregiver</c>, <c>Carer</c>. <c>Unknown</c> is accepted as not recorded.</summary>
    public static bool TryParseRespondent(ReadOnlySpan<char> text, out Respondent respondent)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxLength];
        (var ok, respondent) = TextKey.Of(text, buffer) switch
        {
            "patient" or "subject" => (true, Respondent.Patient),
            "caregiver" or "carer" => (true, Respondent.Caregiver),
            "unknown" => (true, Respondent.Unknown),
            _ => (false, Respondent.Unknown),
        };
        return ok;
    }

    public static string Format(Respondent respondent) => respondent switch
    {
        Respondent.Patient => "Patient",
        Respondent.Caregiver => "Caregiver",
        _ => "",
    };
}
