using Motus.Interop.Proact.Assembly;
using Motus.Interop.Proact.Mapping;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact;

/// <summary>
/// Reads a folder of PRO-ACT CSV forms into a date-shifted study, checking every rule on the way and reporting
/// every problem with its file, line and column. See docs/interop-proact.md for file names, columns, vocabularies
/// and rule ids.
/// </summary>
/// <remarks>
/// Files are streamed (Sep) and never held in memory; the patients and records built from them are. Reading order:
/// Demographics, ALS history, riluzole and treatment (the patient's own details), then the record forms (in parallel,
/// results and errors taken in file order, so the outcome does not depend on it), then the cross-record rules
/// (<c>PatientRecordRules</c>) on each patient (in parallel parts, errors taken in Demographics order).
/// </remarks>
public static class ProactReader
{
    /// <summary>Errors kept in a result; past this, they are counted in one final <see cref="ImportRuleIds.TooManyErrors"/> entry.</summary>
    public const int MaxErrors = 10_000;

    /// <summary>Reads the PRO-ACT forms in <paramref name="directory"/> (not its subfolders).</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="options">Anchor date, study and site to create, and today's date.</param>
    /// <param name="progress">Receives bytes read over all form files as reading goes.</param>
    /// <param name="ct">Cancels the read (checked every 1024 rows); throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The dataset when the folder is valid; otherwise every error found (up to <see cref="MaxErrors"/>).</returns>
    public static ProactReadResult Read(string directory, ProactImportOptions options, IProgress<ProactProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ErrorSink(MaxErrors);
        if (!Directory.Exists(directory))
        {
            errors.Add("", 0, null, directory, ImportRuleIds.Directory, $"The folder {directory} does not exist.");
            return new ProactReadResult(null, errors.ToList(), []);
        }

        var (files, ignored) = FileLocator.Locate(directory, errors);
        var ctx = new ImportContext(options, errors, new ProgressTracker(progress, files.Sum(f => f.Length)), ct);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var patientForms = files.Where(f => IsPatientForm(f.Schema.Form)).ToList();
        foreach (var file in patientForms)
        {
            var (count, readable) = CsvFormReader.Read(file, PatientHandler(file.Schema.Form, ctx), ctx);
            rows[file.Name] = count;
            if (file.Schema.Form == ProactForm.Demographics)
            {
                ctx.Subjects.IsComplete = readable;
            }
        }

        var (study, site) = StudyFactory.Create(ctx);
        PatientFactory.CreateAll(ctx, study, site);
        var recordForms = files.Except(patientForms).ToList();
        var counts = ReadRecordForms(recordForms, ctx);
        for (var i = 0; i < recordForms.Count; i++)
        {
            rows[recordForms[i].Name] = counts[i];
        }

        var patients = CrossRecordCheck.BuildAll(ctx, study);
        var list = errors.ToList();
        return new ProactReadResult(list.Count == 0 ? new ProactDataset(study, site, patients, rows) : null, list, ignored);
    }

    /// <summary>
    /// Reads the record forms in parallel, each with its own context (the subjects are complete and only looked up by
    /// now), then takes over their errors and records in file order: the result is the same as reading them one after
    /// the other. Returns the data rows of each form.
    /// </summary>
    private static int[] ReadRecordForms(List<LocatedFile> forms, ImportContext ctx)
    {
        var contexts = forms.Select(_ => ctx.Branch()).ToArray();
        var counts = new int[forms.Count];
        var largestFirst = Enumerable.Range(0, forms.Count).OrderByDescending(i => forms[i].Length).ToList();
        ParallelWork.Run(largestFirst, i =>
            counts[i] = CsvFormReader.Read(forms[i], RecordHandler(forms[i].Schema.Form, contexts[i]), contexts[i]).Rows, ctx.CancellationToken);

        foreach (var form in contexts)
        {
            ctx.Absorb(form);
        }

        return counts;
    }

    private static bool IsPatientForm(ProactForm form) =>
        form is ProactForm.Demographics or ProactForm.AlsHistory or ProactForm.Riluzole or ProactForm.Treatment;

    private static IFormHandler PatientHandler(ProactForm form, ImportContext ctx) => form switch
    {
        ProactForm.Demographics => new DemographicsHandler(ctx),
        ProactForm.AlsHistory => new AlsHistoryHandler(),
        ProactForm.Riluzole => new RiluzoleHandler(),
        ProactForm.Treatment => new TreatmentHandler(ctx),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a per-patient form."),
    };

    private static IFormHandler RecordHandler(ProactForm form, ImportContext ctx) => form switch
    {
        ProactForm.Alsfrs => new AlsfrsHandler(ctx),
        ProactForm.Fvc => VitalCapacityHandler.Forced(ctx),
        ProactForm.Svc => VitalCapacityHandler.Slow(ctx),
        ProactForm.VitalSigns => new VitalSignsHandler(ctx),
        ProactForm.DeathData => new DeathHandler(ctx),
        ProactForm.AdverseEvents => new AdverseEventHandler(ctx),
        ProactForm.ConMeds => new ConMedHandler(ctx),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a record form."),
    };
}
