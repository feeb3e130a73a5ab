using System.CommandLine;
using Motus.Analysis.Endpoints;
using Motus.Application.Analyses;
using Spectre.Console;
using static Motus.Cli.Commands.Analyze.AnalyzeOutput;

namespace Motus.Cli.Commands.Analyze;

/// <summary><c>motus analyze endpoints</c>: time to a composite endpoint for every patient, event or censoring, and why some cannot be analysed.</summary>
internal static class AnalyzeEndpointsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var study = AnalyzeOptions.Study();
        var patient = AnalyzeOptions.Patient();
        var origin = AnalyzeOptions.Origin();
        var endpoint = AnalyzeOptions.Endpoint();
        var command = new Command("endpoints", "Time from the origin to a composite endpoint per patient (event, or censored at the last contact)")
        { study, patient, origin, endpoint };
        command.SetHandler(environment, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var request = new AnalyzeEndpointsRequest(AnalyzeOptions.Scope(p, study, patient), AnalyzeOptions.ParseEndpoint(p.GetValue(endpoint)!),
                AnalyzeOptions.ParseOrigin(p.GetValue(origin)!));
            var output = await AnalyzeOptions.WithProgress(ctx, r => new AnalyzeEndpoints(ctx.Database).RunAsync(request, r, ct));
            if (TryJson(ctx, output))
            {
                return ExitCodes.Ok;
            }

            var console = ctx.Console;
            var d = output.Result;
            Header(console, output);
            var table = Table(null, "Patient", "Arm", "Origin", "Status", "Event date", "Event", "Last contact", "Days", "Months", "Notes");
            foreach (var o in d.Outcomes)
            {
                Row(table, o.PatientCode, o.ArmCode, D(o.OriginDate), o.Status.ToString(), D(o.EventDate),
                    o.EventComponents == EndpointComponents.None ? "" : o.EventComponents.ToString(), D(o.LastContactDate), I(o.Days), N(o.Months, 2), string.Join(" ", o.Notes));
            }

            console.Write(table);
            console.MarkupLineInterpolated($"{d.Events} event(s), {d.Censored} censored, {d.NotAnalysable} not analysable.");
            Method(console, d.Method);
            return ExitCodes.Ok;
        });
        return command;
    }
}
