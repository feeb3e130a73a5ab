using System.Diagnostics;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Interop.Proact;
using Motus.Simulation.NaturalHistory;
using Motus.Simulation.NaturalHistory.Mapping;

namespace Motus.Application.Simulation;

/// <summary>What to simulate and where to write it.</summary>
/// <param name="Patients">Number of patients (1 … 1,000,000).</param>
/// <param name="Seed">Cohort seed; the same seed writes byte-identical files.</param>
/// <param name="OutputDirectory">Folder for the PRO-ACT CSV forms (created when missing).</param>
/// <param name="Parameters">Model parameters; the calibrated defaults when null.</param>
/// <param name="Schedule">Visit schedule; monthly to month 18 when null.</param>
public sealed record SimulateCohortRequest(int Patients, ulong Seed, string OutputDirectory, NaturalHistoryParameters? Parameters = null, VisitSchedule? Schedule = null);

/// <summary>What was written.</summary>
/// <param name="Patients">Patients written.</param>
/// <param name="Files">CSV files written, with their data rows.</param>
/// <param name="Deaths">Deaths within vital-status follow-up (written to the death form).</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Method">The generator and its settings.</param>
public sealed record SimulateCohortResult(int Patients, IReadOnlyDictionary<string, long> Files, int Deaths, TimeSpan Elapsed, string Method)
{
    /// <summary>Data rows over all files.</summary>
    public long Rows => Files.Values.Sum();
}

/// <summary>
/// <c>motus simulate cohort</c>: generates a natural-history cohort and writes it as PRO-ACT CSV forms that
/// <c>motus import proact</c> reads. PRO-ACT day 0 is each patient's enrolment; what PRO-ACT cannot hold (El Escorial,
/// C9orf72, FTD, gastrostomy, NIV and tracheostomy events) is not written.
/// </summary>
public static class SimulateCohort
{
    /// <summary>Calendar date the simulated days are counted from before writing (PRO-ACT deltas are days from it).</summary>
    public static readonly DateOnly Anchor = new(2000, 1, 1);

    /// <summary>Protocol id of the simulated cohort's study in the files' metadata.</summary>
    public const string ProtocolId = "SIM";

    /// <summary>Runs the simulation and writes the files.</summary>
    /// <exception cref="MotusException">An input is out of range (usage error).</exception>
    public static SimulateCohortResult Run(SimulateCohortRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Patients is < 1 or > 1_000_000)
        {
            throw new MotusException($"--patients {request.Patients}: must lie between 1 and 1,000,000.");
        }

        var clock = Stopwatch.StartNew();
        var generator = Create(request.Parameters, request.Schedule);
        var study = Study.Create("Simulated natural-history cohort", ProtocolId, [], [], Anchor).Value;
        var site = Site.Create(study.Id, ProtocolId, "Simulated").Value;
        var records = new PatientRecord[request.Patients];
        var deaths = 0;
        var today = Anchor.AddYears(100);
        for (var i = 0; i < request.Patients; i++)
        {
            var patient = generator.Generate(Motus.Simulation.Common.RandomStream.ForReplicate(request.Seed, i), i);
            records[i] = SimulatedPatientMapper.ToRecord(patient, study, site, PatientCode(i), Anchor, today);
            deaths += patient.TerminalEventObserved && patient.TerminalEventKind == TerminalEventKind.Death ? 1 : 0;
        }

        ProactWriter.Write(request.OutputDirectory, study, records, Anchor);
        var files = Directory.GetFiles(request.OutputDirectory, "PROACT_*.csv").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadLines(f).LongCount() - 1, StringComparer.Ordinal);
        return new SimulateCohortResult(request.Patients, files, deaths, clock.Elapsed, Method(generator, request.Seed));
    }

    /// <summary>The code of simulated patient <paramref name="index"/>: SIM000001 for index 0.</summary>
    public static string PatientCode(int index) => $"SIM{index + 1:D6}";

    /// <summary>A generator, turning invalid parameters into a usage error.</summary>
    public static NaturalHistoryGenerator Create(NaturalHistoryParameters? parameters, VisitSchedule? schedule)
    {
        try
        {
            return new NaturalHistoryGenerator(parameters, schedule);
        }
        catch (ArgumentException e)
        {
            throw new MotusException(e.Message);
        }
    }

    /// <summary>The method line printed with a simulated cohort.</summary>
    public static string Method(NaturalHistoryGenerator generator, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var p = generator.Parameters;
        return FormattableString.Invariant(
            $"Motus natural-history generator (docs/methods/natural-history.md), seed {seed}: rate median {p.RateMedian} (log-SD {p.RateLogSd}), curvature {p.CurvatureMedian}, plateaus {p.PlateauEntryRate}/month × {p.PlateauMeanMonths} months, residual SD {p.ResidualSd}, drift {p.SlopeDriftSd}; terminal event from the ENCALS 2018 model (public-code coefficients, not checked against the supplement); visits at months {string.Join(",", generator.Schedule.PlannedMonths)} ±{generator.Schedule.JitterDays} days");
    }
}
