namespace Motus.Application.Records;

/// <summary>Checks shared by the record inputs: required values and blank-as-missing text.</summary>
internal static class InputRules
{
    /// <summary>The value, or an error "<paramref name="label"/> is required" on <paramref name="field"/>.</summary>
    public static T? Required<T>(T? value, string field, string label, ICollection<FieldError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new FieldError(field, $"{label} is required."));
        }

        return value;
    }

    /// <summary>The text trimmed, or an error when blank.</summary>
    public static string? RequiredText(string? value, string field, string label, ICollection<FieldError> errors)
    {
        var text = Text(value);
        if (text is null)
        {
            errors.Add(new FieldError(field, $"{label} is required."));
        }

        return text;
    }

    /// <summary>The text trimmed; null when blank (a form's empty box means "not given").</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
