using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Motus.Application.Records;
using Motus.Domain.Assessments;
using Motus.Web.Security;

namespace Motus.Web.Pages.Records;

/// <summary>
/// The ALSAQ-40 / ALSAQ-5 form. Every one of the 40 items is on the page, posted by its ALSAQ-40 number
/// (<c>Answers[9]</c>); the version chosen decides which of them make the record (items 1–40, or 9, 11, 22, 25 and 34 in
/// that order), so switching versions keeps the answers already given, with or without the script. Each item needs an
/// answer 0–4 or an explicit "No answer": an item left untouched is an error on that item, never a silent missing
/// answer (a missing answer changes the domain score's denominator). Domain scores are computed as you go
/// (assets/score-form.js); the server recomputes them and is the authority.
/// </summary>
public sealed class AlsaqModel(CurrentAccess current, EditRecords records, TimeProvider clock)
    : RecordPageModel<AlsaqAssessment, AlsaqDetails, AlsaqInput>(current, records, clock)
{
    /// <summary>The posted value of the "No answer" choice.</summary>
    public const string NoAnswer = "none";

    /// <summary>The response scale, 0–4, as the NINDS common data element gives it (shared/reference/als-methods.md §8.2).</summary>
    public static IReadOnlyList<string> Responses { get; } = ["Never", "Rarely", "Sometimes", "Often", "Always, or cannot do at all"];

    /// <summary>The answers as posted, by ALSAQ-40 item number: "0"–"4" or <see cref="NoAnswer"/>.</summary>
    [BindProperty] public Dictionary<int, string> Answers { get; set; } = [];

    /// <inheritdoc />
    public override RecordKind<AlsaqAssessment, AlsaqDetails> Kind => RecordKinds.Alsaq;

    /// <summary>The version shown (ALSAQ-40 until one is chosen).</summary>
    public AlsaqForm Form => Input.Form ?? AlsaqForm.Alsaq40;

    /// <summary>The domain scores and summary index as the server computes them from the form's current answers.</summary>
    public AlsaqDetails Scores => Input.Preview();

    /// <summary>Every ALSAQ-40 item as the form shows it, the items outside the chosen version inactive.</summary>
    public IEnumerable<ScoreItemView> Items()
    {
        var numbers = AlsaqInput.ItemNumbers(Form);
        var shortForm = AlsaqInput.ItemNumbers(AlsaqForm.Alsaq5);
        for (var n = 1; n <= 40; n++)
        {
            var position = IndexOf(numbers, n) + 1; // 0 when not part of the version
            var domain = AlsaqDetails.DomainOf(n);
            var key = position > 0 ? $"Input.Items[{position}]" : $"Answers[{n}]";
            yield return new ScoreItemView($"Items{n}", $"Item {n} · {AlsaqInput.DomainName(domain)}", null)
            {
                Name = $"Answers[{n}]",
                Id = position > 0 ? $"Input_Items[{position}]" : $"alsaq-item-{n}",
                ErrorKey = key,
                Selected = Answer(n),
                Options = [.. Responses.Select((text, score) => new ScoreOption(score.ToString(CultureInfo.InvariantCulture), score.ToString(CultureInfo.InvariantCulture), text)),
                    new ScoreOption(NoAnswer, "–", "No answer (the patient left the item blank)")],
                Note = null,
                Domain = domain.ToString(),
                Data = new Dictionary<string, string> { ["item"] = n.ToString(CultureInfo.InvariantCulture), ["short"] = IndexOf(shortForm, n) >= 0 ? "true" : "false" },
                Inactive = position == 0,
            };
        }
    }

    /// <summary>Builds <see cref="AlsaqInput.Items"/> from the posted answers of the chosen version; an item left untouched is an error on it.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(Request.Method) || Input.Form is not { } form)
        {
            return; // without a version the input reports it; the items cannot be placed
        }

        var items = new List<int?>();
        var numbers = AlsaqInput.ItemNumbers(form);
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            var answer = Answers.GetValueOrDefault(n);
            if (answer == NoAnswer)
            {
                items.Add(null);
            }
            else if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            {
                items.Add(score); // the range is the domain's rule (ALSAQ-01)
            }
            else
            {
                items.Add(null);
                ModelState.AddModelError($"Input.Items[{i + 1}]", answer is null or ""
                    ? $"Choose an answer for item {n} ({AlsaqInput.DomainName(AlsaqDetails.DomainOf(n)).ToLowerInvariant()}), or “No answer” if the patient left it blank."
                    : $"Item {n}: “{answer}” is not an answer; choose 0–4 or “No answer”.");
            }
        }

        Input.Items = items;
        if (!ModelState.IsValid)
        {
            // The form is shown again before the use case runs: add the input's own checks (date…) so that one post
            // lists every problem, as the other forms do.
            var errors = new List<FieldError>();
            Input.ToDetails(errors);
            foreach (var error in errors)
            {
                ModelState.AddModelError($"Input.{error.Field}", error.Message);
            }
        }
    }

    /// <inheritdoc />
    protected override AlsaqInput FromDetails(AlsaqDetails details) => AlsaqInput.From(details);

    /// <inheritdoc />
    protected override AlsaqInput NewInput() => new() { Date = Today, Form = AlsaqForm.Alsaq40 };

    /// <summary>The answer to show for item <paramref name="n"/>: as posted, else as stored.</summary>
    private string? Answer(int n)
    {
        if (HttpMethods.IsPost(Request.Method))
        {
            return Answers.GetValueOrDefault(n);
        }

        var position = IndexOf(AlsaqInput.ItemNumbers(Form), n);
        return position < 0 || Input.Items is not { } items || position >= items.Count ? null
            : items[position] is { } score ? score.ToString(CultureInfo.InvariantCulture) : NoAnswer;
    }

    private static int IndexOf(IReadOnlyList<int> numbers, int n)
    {
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i] == n)
            {
                return i;
            }
        }

        return -1;
    }
}
