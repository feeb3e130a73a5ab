using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Motus.Application.Database;
using Motus.Application.Patients;
using Motus.Data.Auditing;
using Motus.Domain.Records;
using Motus.Domain.Studies;
using Motus.Simulation.Common;
using Motus.Simulation.NaturalHistory;

namespace Motus.Application.Simulation;

/// <summary>What demo study to create.</summary>
/// <param name="Patients">Randomised patients (10 … 5,000).</param>
/// <param name="Seed">Seed of the cohort, the randomisation and the adverse events.</param>
/// <param name="ProtocolId">Protocol id of the new study (must not exist yet).</param>
/// <param name="SlopeMultiplier">True effect of the cell product on the speed of decline (1 = none, the default).</param>
/// <param name="HazardRatio">True effect on death or tracheostomy (1 = none, the default).</param>
public sealed record CreateDemoStudyRequest(int Patients = 120, ulong Seed = 42, string ProtocolId = "DEMO", double SlopeMultiplier = 1, double HazardRatio = 1);

/// <summary>Progress of the demo: a stage name and how far it is.</summary>
/// <param name="Stage">What is being done.</param>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in the stage.</param>
public sealed record DemoProgress(string Stage, int Done, int Total);

/// <summary>What the demo created.</summary>
/// <param name="ProtocolId">The study.</param>
/// <param name="Patients">Patients per arm code.</param>
/// <param name="Screened">Simulated patients screened to find them.</param>
/// <param name="Records">Clinical records written (assessments, events, administrations, adverse events).</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Method">How the data were made, with every choice.</param>
public sealed record CreateDemoStudyResult(string ProtocolId, IReadOnlyDictionary<string, int> Patients, int Screened, int Records, TimeSpan Elapsed, string Method);

/// <summary>
/// A demo study in one call, for <c>motus demo</c> and the web app: simulated ALS patients (the natural-history
/// generator, 3-month lead-in, monthly visits to month 12) screened on entry criteria, randomised 1:1 in permuted
/// blocks of 4 to an autologous MSC-NTF-like product given intrathecally at weeks 0, 8 and 16 or a sham intrathecal
/// procedure, with procedure adverse events (<see cref="DemoSafetyRates"/>). Written in one transaction, audited as an
/// import by user <c>motus-demo</c>: on any error nothing is written.
/// </summary>
public sealed class CreateDemoStudy(MotusDatabase database)
{
    /// <summary>The audit-trail actor of the demo data.</summary>
    public const string Actor = "motus-demo";

    /// <summary>First enrolment date; patients are enrolled evenly over the following 12 months.</summary>
    public static readonly DateOnly FirstEnrolment = new(2024, 1, 1);

    /// <summary>Runs the use case.</summary>
    /// <exception cref="MotusException">Invalid request, or the study exists already.</exception>
    public async Task<CreateDemoStudyResult> RunAsync(CreateDemoStudyRequest request, IProgress<DemoProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Patients is < 10 or > 5000)
        {
            throw new MotusException($"--patients {request.Patients}: must lie between 10 and 5,000.");
        }

        var effect = new TreatmentEffect(0, request.SlopeMultiplier, request.HazardRatio);
        try
        {
            effect.Validate();
        }
        catch (ArgumentException e)
        {
            throw new MotusException(e.Message);
        }

        var clock = Stopwatch.StartNew();
        await using var db = await database.OpenAsync(ct);
        if (await PatientRecords.FindStudyAsync(db, request.ProtocolId, ct) is not null)
        {
            throw new MotusException(ExitCategory.Data, $"study {request.ProtocolId} exists already; choose another with --study");
        }

        var build = DemoStudyBuilder.Build(request, effect, database.Today, progress, ct);
        db.Changes = new ChangeContext(Actor, AuditSource.Import);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Studies.Add(build.Study);
        db.Sites.Add(build.Site);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.InsertNewAsync([.. build.Records.Select(r => (object)r.Patient)], ct);
        foreach (var product in build.Records.SelectMany(r => r.Products.Values))
        {
            db.CellProducts.Add(product);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var records = build.Records.SelectMany(r => r.AllRecords().Select(x => (object)x.Record)).ToList();
        progress?.Report(new DemoProgress("Writing to the database", 0, records.Count));
        await db.InsertNewAsync(records, ct);
        await transaction.CommitAsync(ct);
        progress?.Report(new DemoProgress("Writing to the database", records.Count, records.Count));
        var perArm = build.Records.GroupBy(r => r.Patient.Details.ArmCode!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new CreateDemoStudyResult(request.ProtocolId, perArm, build.Screened, records.Count, clock.Elapsed, build.Method);
    }
}
