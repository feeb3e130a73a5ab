using System.CommandLine;
using System.Globalization;
using Motus.Analysis.Endpoints;
using Motus.Application;
using Motus.Application.Analyses;
using Motus.Domain.Assessments;
using Spectre.Console;

namespace Motus.Cli.Commands.Analyze;

/// <summary>Options shared by the <c>motus analyze</c> subcommands, their parsing, and the loading progress bar.</summary>
internal static class AnalyzeOptions
{
    public const string DateFormat = "yyyy-MM-dd";

    public static Option<string?> Study() =>
        new("--study") { Description = "Study (protocol id); default: the only study in the database", HelpName = "PROTOCOL" };

    public static Option<string?> Patient(string description = "Only this patient (code)", bool required = false) =>
        new("--patient") { Description = description, HelpName = "CODE", Required = required };

    public static Option<string> Origin() => Choice("--origin", "ORIGIN", "enrolment",
        "Time zero: onset, diagnosis, enrolment, first-administration or first-rating (the first ALSFRS-R rating: PRO-ACT's day 0)",
        "onset", "diagnosis", "enrolment", "first-administration", "first-rating");

    public static Option<string> Endpoint(string defaultValue = "default") => Choice("--endpoint", "ENDPOINT", defaultValue,
        "default = death, tracheostomy or NIV ≥ 22 h/day on ≥ 10 consecutive days (PAV; thresholds unverified); encals = death, tracheostomy or NIV > 23 h/day; death = death only",
        "default", "encals", "death");

    public static Option<string?> Control() =>
        new("--control") { Description = "Control (reference) arm code; required, no arm is assumed", HelpName = "ARM" };

    public static Option<double> Level() =>
        new("--level") { Description = "Confidence level of every interval", DefaultValueFactory = _ => 0.95, HelpName = "LEVEL" };

    public static Option<string> Scale() => Choice("--scale", "SCALE", "alsfrs-r",
        "Ratings used: alsfrs-r (48 points) or alsfrs (original 40-point scale); never mixed", "alsfrs-r", "alsfrs");

    public static Option<int> Days(string name, int defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue, HelpName = "DAYS" };

    public static Option<string> Choice(string name, string helpName, string defaultValue, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue, HelpName = helpName };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static AnalysisScope Scope(ParseResult parse, Option<string?> study, Option<string?>? patient = null) =>
        new(parse.GetValue(study), patient is null ? null : parse.GetValue(patient));

    public static TimeOrigin ParseOrigin(string value) => value switch
    {
        "onset" => TimeOrigin.Onset,
        "diagnosis" => TimeOrigin.Diagnosis,
        "first-administration" => TimeOrigin.FirstAdministration,
        "first-rating" => TimeOrigin.FirstRating,
        _ => TimeOrigin.Enrolment,
    };

    public static CompositeEndpointDefinition ParseEndpoint(string value) => value switch
    {
        "encals" => CompositeEndpointDefinition.Encals,
        "death" => CompositeEndpointDefinition.DeathOnly,
        _ => CompositeEndpointDefinition.DeathTracheostomyPav,
    };

    public static AlsfrsScale ParseScale(string value) => value == "alsfrs" ? AlsfrsScale.Alsfrs : AlsfrsScale.AlsfrsR;

    /// <summary>A date option as yyyy-mm-dd; null when not given; a usage error otherwise.</summary>
    public static DateOnly? Date(ParseResult parse, Option<string?> option)
    {
        var text = parse.GetValue(option);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new MotusException(ExitCategory.Usage, $"{option.Name} {text}: expected a date as yyyy-mm-dd.");
    }

    public static Option<string?> DateOption(string name, string description) => new(name) { Description = description, HelpName = "DATE" };

    /// <summary>A usage error unless the level lies strictly between 0 and 1.</summary>
    public static double CheckLevel(double level) => level > 0 && level < 1
        ? level
        : throw new MotusException(ExitCategory.Usage, $"--level {level.ToString(CultureInfo.InvariantCulture)}: must lie strictly between 0 and 1.");

    /// <summary>A usage error when <paramref name="value"/> is below <paramref name="minimum"/>.</summary>
    public static int AtLeast(ParseResult parse, Option<int> option, int minimum)
    {
        var value = parse.GetValue(option);
        return value >= minimum ? value : throw new MotusException(ExitCategory.Usage, $"{option.Name} {value}: must be {minimum} or more.");
    }

    /// <summary>Runs <paramref name="run"/>, drawing a progress bar for the loading of the patients on a terminal.</summary>
    public static async Task<T> WithProgress<T>(CommandContext ctx, Func<IProgress<CohortLoadProgress>?, Task<T>> run)
    {
        if (!ctx.ShowProgress)
        {
            return await run(null);
        }

        T result = default!;
        await ctx.Environment.CreateErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var loading = progress.AddTask("Loading patients", maxValue: 1);
                var reporter = new Progress<CohortLoadProgress>(p =>
                {
                    loading.MaxValue = Math.Max(1, p.Total);
                    loading.Value = p.Loaded;
                    loading.Description = $"Loading patients ({p.Loaded:N0} of {p.Total:N0})";
                });
                result = await run(reporter);
                loading.Value = loading.MaxValue;
            });
        return result;
    }
}
