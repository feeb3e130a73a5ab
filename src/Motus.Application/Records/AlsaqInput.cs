using Motus.Domain.Assessments;

namespace Motus.Application.Records;

/// <summary>
/// An ALSAQ-40 or ALSAQ-5 questionnaire as entered: the version, the date and the answers in the version's order (40
/// answers for ALSAQ-40; 5 for ALSAQ-5, which are ALSAQ-40 items 9, 11, 22, 25 and 34). Each answer is 0–4 (never …
/// always or cannot do at all) or null for an item the patient left unanswered. The version is required rather than
/// defaulted, because it decides which item each answer is. The count and range rules are the domain's
/// (<see cref="AlsaqDetails.Validate"/>, rules ALSAQ-01 and ALSAQ-02); a problem with one answer is reported on
/// <c>Items[n]</c>, n counted from 1 in the version's order.
/// </summary>
public sealed class AlsaqInput : IRecordInput<AlsaqDetails>
{
    /// <summary>Date the questionnaire was completed.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>ALSAQ-40 or ALSAQ-5; required.</summary>
    public AlsaqForm? Form { get; set; }
    /// <summary>The answers in the version's order, 0–4, null for an unanswered item.</summary>
    public List<int?>? Items { get; set; }

    /// <summary>The ALSAQ-40 item numbers asked by <paramref name="form"/>, in order.</summary>
    public static IReadOnlyList<int> ItemNumbers(AlsaqForm form) => new AlsaqDetails { Date = default, Form = form, Items = [] }.ItemNumbers;

    /// <summary>The domain's name for people (e.g. "Physical mobility").</summary>
    public static string DomainName(AlsaqDomain domain) => domain switch
    {
        AlsaqDomain.PhysicalMobility => "Physical mobility",
        AlsaqDomain.DailyLiving => "Activities of daily living and independence",
        AlsaqDomain.EatingAndDrinking => "Eating and drinking",
        AlsaqDomain.Communication => "Communication",
        AlsaqDomain.EmotionalReactions => "Emotional reactions",
        _ => domain.ToString(),
    };

    /// <summary>The input that shows <paramref name="d"/>.</summary>
    public static AlsaqInput From(AlsaqDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new AlsaqInput { Date = d.Date, Form = d.Form, Items = [.. d.Items] };
    }

    /// <inheritdoc />
    public AlsaqDetails? ToDetails(ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count;
        var date = InputRules.Required(Date, nameof(Date), "The date the questionnaire was completed", errors);
        var form = InputRules.Required(Form, nameof(Form), "The version (ALSAQ-40 or ALSAQ-5)", errors);
        if (Items is null)
        {
            errors.Add(new FieldError(nameof(Items), form is { } f
                ? $"The answers are required: {(int)f} of them for {Label(f)}, in item order (null for an item left unanswered)."
                : "The answers are required, in item order (null for an item left unanswered)."));
        }

        return errors.Count > count ? null : new AlsaqDetails { Date = date!.Value, Form = form!.Value, Items = [.. Items!] };
    }

    /// <summary>The details as entered, unchecked (for showing the domain scores while the form is incomplete).</summary>
    public AlsaqDetails Preview() => new() { Date = Date ?? default, Form = Form ?? AlsaqForm.Alsaq40, Items = [.. Items ?? []] };

    /// <summary>"ALSAQ-40" or "ALSAQ-5".</summary>
    public static string Label(AlsaqForm form) => form == AlsaqForm.Alsaq5 ? "ALSAQ-5" : "ALSAQ-40";
}
