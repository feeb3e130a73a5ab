using Microsoft.AspNetCore.Mvc.ModelBinding;
using Motus.Application.Patients;
using Motus.Application.Records;
using Motus.Domain.Patients;
using Motus.Web.Pages.Records;

namespace Motus.Web.Pages.Patients;

/// <summary>What the patient fields (<c>_PatientFields</c>) show: the values, the study's choices, and whether the code is fixed.</summary>
/// <param name="Input">The values.</param>
/// <param name="Choices">The caller's sites and the study's arms.</param>
/// <param name="Editing">True on the edit page: the code is shown, not entered (PAT-11).</param>
public sealed record PatientFormView(PatientInput Input, PatientFormChoices Choices, bool Editing)
{
    /// <summary>The site pick list (only the caller's sites).</summary>
    public SelectField Sites => new("Site", "Site", [.. Choices.Sites.Select(s => (s.Code, Text(s.Code, s.Name)))], Input.Site,
        "You may register and keep patients only at your own sites.", Choices.Sites.Count == 1 ? null : "Choose…");

    /// <summary>
    /// The arm pick list. A stored arm that is not one of the study's (imported data breaking PAT-08) stays offered and
    /// selected, so that saving an unrelated correction never drops it silently.
    /// </summary>
    public SelectField Arms
    {
        get
        {
            List<(string Value, string Text)> options = [.. Choices.Arms.Select(a => (a.Code, Text(a.Code, a.Name)))];
            if (!string.IsNullOrWhiteSpace(Input.ArmCode) && !options.Any(o => string.Equals(o.Value, Input.ArmCode, StringComparison.Ordinal)))
            {
                options.Add((Input.ArmCode, $"{Input.ArmCode} (not an arm of this study: PAT-08)"));
            }

            return new("ArmCode", "Arm", options, Input.ArmCode, Choices.Arms.Count == 0 ? "The study has no arms." : null, "Not allocated");
        }
    }

    /// <summary>The diagnostic categories with the criteria's own wording (El Escorial, Gold Coast).</summary>
    public SelectField Categories => new("DiagnosticCategory", "El Escorial / Gold Coast category",
        [.. Enum.GetValues<DiagnosticCategory>().Select(c => (c.ToString(), PatientForm.Label(c)))], Input.DiagnosticCategory?.ToString(), Empty: "Choose…");

    private static string Text(string code, string name) => string.Equals(code, name, StringComparison.Ordinal) ? code : $"{code} — {name}";

    /// <summary>True when genetic testing was done (a value, <c>None</c> included).</summary>
    public bool GeneticsTested => Input.Genetics is not null;
}

/// <summary>The parts of the patient forms that are not one input per field: genetics (tested? which variants?), yes/no/unknown lists, errors.</summary>
public static class PatientForm
{
    /// <summary>The value of the "tested" list when genetic testing was done.</summary>
    public const string Tested = "tested";

    /// <summary>The variants a form can tick (every flag but <c>None</c>).</summary>
    public static IReadOnlyList<GeneticFindings> Variants { get; } = [.. Enum.GetValues<GeneticFindings>().Where(g => g != GeneticFindings.None)];

    /// <summary>
    /// Sets <see cref="PatientInput.Genetics"/> from the form: null when not tested; the ticked variants (or <c>None</c>) when
    /// tested. Variants ticked without testing are an error; the required fields missing are then reported with it, so
    /// that one post shows every problem the form can know of without saving.
    /// </summary>
    public static void ApplyGenetics(PatientInput input, string? tested, IReadOnlyCollection<GeneticFindings> variants, ModelStateDictionary modelState, string? storedCode = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(modelState);
        if (tested == Tested)
        {
            input.Genetics = variants.Aggregate(GeneticFindings.None, (all, v) => all | v);
        }
        else
        {
            input.Genetics = null;
            if (variants.Count > 0)
            {
                modelState.AddModelError("Input.Genetics", "Variants are ticked but genetic testing is marked as not done; choose \"Tested\" or untick them.");
                var missing = new List<FieldError>();
                input.ToDetails(missing, storedCode);
                AddErrors(modelState, missing);
            }
        }
    }

    /// <summary>A diagnostic category as the criteria name it.</summary>
    public static string Label(DiagnosticCategory category) => category switch
    {
        DiagnosticCategory.Unknown => "Unknown",
        DiagnosticCategory.ElEscorialDefinite => "El Escorial: clinically definite",
        DiagnosticCategory.ElEscorialProbable => "El Escorial: clinically probable",
        DiagnosticCategory.ElEscorialProbableLabSupported => "El Escorial: clinically probable, laboratory-supported",
        DiagnosticCategory.ElEscorialPossible => "El Escorial: clinically possible",
        DiagnosticCategory.ElEscorialSuspected => "El Escorial: suspected (original criteria)",
        DiagnosticCategory.GoldCoastAls => "Gold Coast: criteria met",
        DiagnosticCategory.GoldCoastNotMet => "Gold Coast: criteria not met",
        _ => category.ToString(),
    };

    /// <summary>A variant as geneticists write it (gene symbols in capitals, C9orf72 as is).</summary>
    public static string Label(GeneticFindings variant) => variant switch
    {
        GeneticFindings.C9orf72 => "C9orf72 repeat expansion",
        GeneticFindings.Other => "Another pathogenic variant",
        _ => variant.ToString().ToUpperInvariant(),
    };

    /// <summary>A Yes / No list with "Unknown" as the empty choice.</summary>
    public static SelectField YesNo(string field, string label, bool? value, string? help = null) =>
        new(field, label, [("true", "Yes"), ("false", "No")], value switch { true => "true", false => "false", null => null }, help, "Unknown");

    /// <summary>Puts the use case's errors next to their fields.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field switch { "" => "", "Reason" => "Reason", var f => $"Input.{f}" }, error.Message);
        }
    }
}
