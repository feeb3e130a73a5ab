using System.CommandLine;
using Motus.Analysis.Evidence;
using Motus.Application.Analyses;
using Motus.Application.Evidence;
using Spectre.Console;
using static Motus.Cli.Commands.Evidence.EvidenceOutput;

namespace Motus.Cli.Commands.Evidence;

/// <summary>
/// <c>motus evidence list|show|export|pool|summaries|claims</c>: the published cell-therapy studies in ALS, shipped with Motus,
/// with the verification status and source of every fact. No database needed.
/// </summary>
public static class EvidenceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("evidence", "The published cell-therapy studies in ALS: browse, export, pool, summarise (every fact with its status and source)")
        {
            List(environment),
            Show(environment),
            EvidenceExportCommand.Create(environment),
            EvidencePoolCommand.Create(environment),
            EvidenceSummariesCommand.Create(environment),
            EvidenceClaimsCommand.Create(environment),
        };

    private static Command List(CliEnvironment environment)
    {
        var cellType = Vocabulary("--cell-type", "Cell type", EvidenceVocabulary.CellTypes);
        var route = Vocabulary("--route", "Route", EvidenceVocabulary.Routes);
        var design = Vocabulary("--design", "Design", EvidenceVocabulary.Designs);
        var phase = new Option<string?>("--phase") { Description = "Phase as printed, or one part of it (2 matches 1/2)", HelpName = "PHASE" };
        var yearFrom = new Option<int?>("--year-from") { Description = "Earliest publication year", HelpName = "YEAR" };
        var yearTo = new Option<int?>("--year-to") { Description = "Latest publication year", HelpName = "YEAR" };
        var conclusion = Vocabulary("--conclusion", "Authors' conclusion", EvidenceVocabulary.Conclusions);
        var data = DataOption();
        var command = new Command("list", "List the studies, filtered; a missing field never matches a filter")
        { cellType, route, design, phase, yearFrom, yearTo, conclusion, data };
        command.SetHandler(environment, (ctx, _) =>
        {
            var filter = new EvidenceFilter
            {
                CellType = ctx.Parse.GetValue(cellType),
                Route = ctx.Parse.GetValue(route),
                Design = ctx.Parse.GetValue(design),
                Phase = ctx.Parse.GetValue(phase),
                YearFrom = ctx.Parse.GetValue(yearFrom),
                YearTo = ctx.Parse.GetValue(yearTo),
                Conclusion = ctx.Parse.GetValue(conclusion),
            };
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var studies = OptionGuard.Check(() => filter.Apply(library.Studies));
            if (ctx.Json)
            {
                ctx.WriteJson(studies.Select(s => new
                {
                    id = s.Id,
                    label = s.Label,
                    year = s.Year.Value,
                    design = s.Design.Value?.Code,
                    phase = s.Phase.Value,
                    nTreated = s.NTreated.Value,
                    nControl = s.Controls.Value?.Select(c => c.N).ToArray(),
                    cellType = s.CellType.Value?.Code,
                    route = s.Route.Value?.Code,
                    autologous = s.Autologous.Value,
                    conclusion = s.Conclusion.Value,
                    pmid = s.Pmid.Value,
                    doi = s.Doi.Value,
                }));
                return Task.FromResult(ExitCodes.Ok);
            }

            var t = new Table().AddColumns("id", "year", "design", "phase", "treated", "control", "cell type", "route", "conclusion", "PMID / DOI");
            foreach (var s in studies)
            {
                t.AddRow(E(s.Id), E(s.Year.Value?.ToString(Inv) ?? "?"), E(s.Design.Value?.Code ?? "-"), E(s.Phase.Value ?? "-"), E(s.NTreated.Value?.ToString(Inv) ?? "-"),
                    E(s.Controls.Value is { Count: > 0 } c ? string.Join("+", c.Select(x => x.N)) : "-"), E(s.CellType.Value?.Code ?? "-"), E(s.Route.Value?.Code ?? "-"),
                    E(s.Conclusion.Value ?? "-"), E(s.Pmid.Value ?? s.Doi.Value ?? "-"));
            }

            ctx.Console.Write(t);
            ctx.Console.WriteLine($"{studies.Count} of {library.Studies.Count} studies. 'positive' means the authors claimed benefit, not that benefit was shown; most such studies had no control group.");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Show(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "Study id (see motus evidence list)" };
        var data = DataOption();
        var command = new Command("show", "Everything known about one study, each fact with its verification status and source") { id, data };
        command.SetHandler(environment, (ctx, _) =>
        {
            var library = EvidenceCatalog.Load(ctx.Environment.Clock, ctx.Parse.GetValue(data));
            var study = EvidenceCatalog.Study(library, ctx.Parse.GetValue(id)!);
            if (ctx.Json)
            {
                ctx.Environment.Out.Write(System.Text.Json.JsonSerializer.Serialize(study, EvidenceJson.Options));
                ctx.Environment.Out.WriteLine();
                return Task.FromResult(ExitCodes.Ok);
            }

            EvidenceStudyView.Write(ctx.Console, study);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
