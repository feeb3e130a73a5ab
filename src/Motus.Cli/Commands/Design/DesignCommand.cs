using System.CommandLine;
using System.Globalization;
using Motus.Application;
using Motus.Application.Analyses;
using Motus.Statistics.Design;
using Spectre.Console;

namespace Motus.Cli.Commands.Design;

/// <summary>
/// <c>motus design sample-size lmm-slope</c> (Edland's closed form, as longpower::edland.linear.power) and
/// <c>motus design boundaries</c> (Lan–DeMets group-sequential boundaries, as rpact::getDesignGroupSequential).
/// </summary>
public static class DesignCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("design", "Design trials: closed-form sample size, group-sequential boundaries, simulated operating characteristics and randomisation lists")
        {
            SampleSize(environment), Boundaries(environment), SimulateTrialCommand.Create(environment), RandomizeCommand.Create(environment),
        };

    private static Command SampleSize(CliEnvironment environment)
    {
        var delta = new Option<double>("--delta") { Description = "Slope difference to detect (points/unit of time)", Required = true, HelpName = "D" };
        var times = new Option<string>("--times") { Description = "Visit times, comma-separated (e.g. 0,0.25,0.5,0.75,1,1.25,1.5 years)", Required = true, HelpName = "LIST" };
        var slopeVariance = new Option<double>("--slope-variance") { Description = "Between-patient variance of the slopes", Required = true, HelpName = "V" };
        var residualVariance = new Option<double>("--residual-variance") { Description = "Within-patient residual variance", Required = true, HelpName = "V" };
        var interceptVariance = new Option<double>("--intercept-variance") { Description = "Between-patient intercept variance (matters with dropout)", DefaultValueFactory = _ => 0, HelpName = "V" };
        var covariance = new Option<double>("--intercept-slope-covariance") { Description = "Intercept–slope covariance (matters with dropout)", DefaultValueFactory = _ => 0, HelpName = "C" };
        var alpha = new Option<double>("--alpha") { Description = "Type I error (total, for a two-sided test)", DefaultValueFactory = _ => 0.05, HelpName = "A" };
        var power = new Option<double>("--power") { Description = "Power", DefaultValueFactory = _ => 0.8, HelpName = "P" };
        var sided = Sided(2);
        var allocation = new Option<double>("--allocation") { Description = "Allocation ratio n2/n1", DefaultValueFactory = _ => 1, HelpName = "R" };
        var lastVisit = new Option<string?>("--last-visit-proportions") { Description = "Dropout: proportion whose last visit is each time, comma-separated, summing to 1 (default: everyone completes)", HelpName = "LIST" };
        var lmmSlope = new Command("lmm-slope", "Patients per arm to detect a slope difference in a random-slope mixed model, with dropout (Edland 2009; R: longpower::edland.linear.power)")
        { delta, times, slopeVariance, residualVariance, interceptVariance, covariance, alpha, power, sided, allocation, lastVisit };
        lmmSlope.SetHandler(environment, (ctx, _) =>
        {
            var t = Numbers(ctx.Parse.GetValue(times), "--times");
            var last = ctx.Parse.GetValue(lastVisit) is { } l ? Numbers(l, "--last-visit-proportions") : null;
            var inputs = new LinearSlopeDesignInputs(t, new SlopeVarianceComponents(ctx.Parse.GetValue(slopeVariance), ctx.Parse.GetValue(residualVariance), ctx.Parse.GetValue(interceptVariance), ctx.Parse.GetValue(covariance)),
                LastVisitProportionsGroup1: last, LastVisitProportionsGroup2: last, AllocationRatio: ctx.Parse.GetValue(allocation));
            var design = OptionGuard.Check(() => SlopeDifferencePower.EdlandSampleSize(inputs, ctx.Parse.GetValue(delta), ctx.Parse.GetValue(alpha), ctx.Parse.GetValue(power), ParseSided(ctx.Parse.GetValue(sided))));
            if (ctx.Json)
            {
                ctx.WriteJson(design);
                return Task.FromResult(ExitCodes.Ok);
            }

            ctx.Console.WriteLine($"Edland (2009) closed form for the slope difference in a random-slope LMM, {design.Sidedness}, alpha {F(design.Alpha)}, power {F(design.Power)}  (R: longpower::edland.linear.power)");
            ctx.Console.WriteLine($"Patients per arm: {F(design.SampleSizeGroup1)} and {F(design.SampleSizeGroup2)} → enrol {design.SampleSizeGroup1Ceiling} + {design.SampleSizeGroup2Ceiling}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("sample-size", "Closed-form sample size") { lmmSlope, Survival(environment), Proportions(environment) };
    }

    private static Command Survival(CliEnvironment environment)
    {
        var hazardRatio = new Option<double>("--hazard-ratio") { Description = "Hazard ratio to detect (treated vs control)", Required = true, HelpName = "HR" };
        var alpha = new Option<double>("--alpha") { Description = "One-sided level (one-sided) or total level (two-sided)", DefaultValueFactory = _ => 0.025, HelpName = "A" };
        var power = new Option<double>("--power") { Description = "Power", DefaultValueFactory = _ => 0.8, HelpName = "P" };
        var sided = Sided(1);
        var allocation = new Option<double>("--allocation") { Description = "Allocation ratio treated/control", DefaultValueFactory = _ => 1, HelpName = "R" };
        var formula = new Option<string>("--formula") { Description = "Schoenfeld (log-rank, default) or Freedman", DefaultValueFactory = _ => "schoenfeld", HelpName = "NAME" };
        formula.AcceptOnlyFromAmong("schoenfeld", "freedman");
        var command = new Command("survival", "Events needed for a log-rank / Cox comparison (R: rpact::getSampleSizeSurvival(...)$eventsFixed)")
        { hazardRatio, alpha, power, sided, allocation, formula };
        command.SetHandler(environment, (ctx, _) =>
        {
            var design = OptionGuard.Check(() => SurvivalEvents.Required(ctx.Parse.GetValue(hazardRatio), ctx.Parse.GetValue(alpha), ctx.Parse.GetValue(power),
                ParseSided(ctx.Parse.GetValue(sided)), ctx.Parse.GetValue(allocation), ctx.Parse.GetValue(formula) == "freedman" ? EventsFormula.Freedman : EventsFormula.Schoenfeld));
            if (ctx.Json)
            {
                ctx.WriteJson(design);
            }
            else
            {
                ctx.Console.WriteLine($"{design.Formula} formula, {design.Sidedness}, alpha {F(design.Alpha)}, power {F(design.Power)}, allocation {F(design.AllocationRatio)}  (R: rpact::getSampleSizeSurvival)");
                ctx.Console.WriteLine($"Events needed: {F(design.Events)} → {design.EventsCeiling}");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Proportions(CliEnvironment environment)
    {
        var p1 = new Option<double>("--p1") { Description = "Proportion in arm 1 (e.g. responders on control)", Required = true, HelpName = "P" };
        var p2 = new Option<double>("--p2") { Description = "Proportion in arm 2", Required = true, HelpName = "P" };
        var alpha = new Option<double>("--alpha") { Description = "Level (total, for a two-sided test)", DefaultValueFactory = _ => 0.05, HelpName = "A" };
        var power = new Option<double>("--power") { Description = "Power", DefaultValueFactory = _ => 0.8, HelpName = "P" };
        var sided = Sided(2);
        var strict = new Option<bool>("--strict") { Description = "Count rejection in the wrong tail too (power.prop.test's strict = TRUE)" };
        var command = new Command("proportions", "Patients per arm to compare two proportions (R: power.prop.test)") { p1, p2, alpha, power, sided, strict };
        command.SetHandler(environment, (ctx, _) =>
        {
            var design = OptionGuard.Check(() => TwoProportionPower.SampleSize(ctx.Parse.GetValue(p1), ctx.Parse.GetValue(p2), ctx.Parse.GetValue(alpha), ctx.Parse.GetValue(power),
                ParseSided(ctx.Parse.GetValue(sided)), ctx.Parse.GetValue(strict)));
            if (ctx.Json)
            {
                ctx.WriteJson(design);
            }
            else
            {
                ctx.Console.WriteLine($"Normal approximation, {design.Sidedness}, alpha {F(design.Alpha)}, power {F(design.Power)}, strict {design.Strict}  (R: power.prop.test)");
                ctx.Console.WriteLine($"Patients per arm: {F(design.SampleSizePerArm)} → {design.SampleSizePerArmCeiling}");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Boundaries(CliEnvironment environment)
    {
        var looks = new Option<int>("--looks") { Description = "Number of analyses (interim + final), equally spaced unless --fractions", Required = true, HelpName = "K" };
        var fractions = new Option<string?>("--fractions") { Description = "Information fractions, comma-separated, ending at 1", HelpName = "LIST" };
        var alpha = new Option<double>("--alpha") { Description = "One-sided level (one-sided design) or total level (two-sided)", DefaultValueFactory = _ => 0.025, HelpName = "A" };
        var sided = Sided(1);
        var spending = new Option<string>("--spending") { Description = "Lan–DeMets spending function", DefaultValueFactory = _ => "obrien-fleming", HelpName = "TYPE" };
        spending.AcceptOnlyFromAmong("obrien-fleming", "pocock");
        var command = new Command("boundaries", "Group-sequential efficacy boundaries with Lan–DeMets alpha spending (R: rpact::getDesignGroupSequential(typeOfDesign = \"asOF\" | \"asP\"))")
        { looks, fractions, alpha, sided, spending };
        command.SetHandler(environment, (ctx, _) =>
        {
            var k = ctx.Parse.GetValue(looks);
            if (k is < 1 or > 20)
            {
                throw new MotusException(ExitCategory.Usage, $"--looks must be between 1 and 20; got {k}.");
            }

            var t = ctx.Parse.GetValue(fractions) is { } f ? Numbers(f, "--fractions") : Enumerable.Range(1, k).Select(i => i / (double)k).ToArray();
            if (t.Length != k)
            {
                throw new MotusException(ExitCategory.Usage, $"--fractions lists {t.Length} values for {k} looks.");
            }

            var kind = ctx.Parse.GetValue(spending) == "pocock" ? SpendingFunction.PocockType : SpendingFunction.OBrienFlemingType;
            var design = OptionGuard.Check(() => GroupSequential.LanDeMets(ctx.Parse.GetValue(alpha), ParseSided(ctx.Parse.GetValue(sided)), kind, t));
            if (ctx.Json)
            {
                ctx.WriteJson(design);
                return Task.FromResult(ExitCodes.Ok);
            }

            ctx.Console.WriteLine($"Lan–DeMets {kind} spending, {design.Sidedness}, alpha {F(design.Alpha)}, {design.TwoSidedConvention}  (R: rpact::getDesignGroupSequential)");
            var table = new Table().AddColumns("Look", "Information", "Critical z", "Nominal p", "Cumulative alpha spent");
            for (var i = 0; i < design.Looks; i++)
            {
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), F(design.InformationFractions[i]), F(design.CriticalValues[i]), F(design.NominalLevels[i]), F(design.CumulativeAlphaSpent[i]));
            }

            ctx.Console.Write(table);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Option<int> Sided(int defaultValue)
    {
        var option = new Option<int>("--sided") { Description = "1 (one-sided) or 2 (two-sided)", DefaultValueFactory = _ => defaultValue, HelpName = "1|2" };
        option.AcceptOnlyFromAmong("1", "2");
        return option;
    }

    private static Sidedness ParseSided(int sided) => sided == 1 ? Sidedness.OneSided : Sidedness.TwoSided;

    private static double[] Numbers(string? text, string option)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new MotusException(ExitCategory.Usage, $"{option}: '{parts[i]}' is not a number.");
            }
        }

        return values.Length > 0 ? values : throw new MotusException(ExitCategory.Usage, $"{option}: no values given.");
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
