using Motus.Simulation.Common;
using Motus.Simulation.RegressionToMean;

namespace Motus.Simulation.Claims;

/// <summary>
/// The Monte Carlo engine of the claim check: simulates untreated patients (or whole studies) under a null model,
/// applies the entry rule and the responder definition, and counts. Parallel over cores and reproducible: work is cut
/// into fixed chunks, chunk k draws from <see cref="RandomStream.ForReplicate"/>(seed, k), and chunk results are added
/// in chunk order, so the same seed gives identical numbers whatever the number of threads.
/// </summary>
public static class ClaimSimulator
{
    /// <summary>Patients per chunk (one random stream each).</summary>
    public const int PatientChunkSize = 4096;

    /// <summary>Studies per chunk (one random stream each).</summary>
    public const int StudyChunkSize = 64;

    // Study chunks use stream indices from here on, so they never reuse a patient chunk's stream.
    private const long StudyStreamOffset = 1L << 48;

    /// <summary>Simulates <paramref name="patients"/> untreated patients and counts entrants, evaluable patients and responders.</summary>
    /// <param name="model">The null model.</param>
    /// <param name="schedule">Visit schedule of the two windows.</param>
    /// <param name="entry">Entry rule.</param>
    /// <param name="definition">Responder definition.</param>
    /// <param name="patients">Number of patients, at least 1.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="threads">Maximum degree of parallelism (does not change the result).</param>
    /// <param name="onProgress">Called with the number of patients just finished (from worker threads); may be null.</param>
    /// <param name="ct">Cancellation.</param>
    public static NullPatientSummary SimulatePatients(IUntreatedTrajectoryModel model, PrePostSchedule schedule, EntryRule entry, ResponderDefinition definition,
        long patients, long seed, int threads, Action<long>? onProgress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfLessThan(patients, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var chunks = (int)((patients + PatientChunkSize - 1) / PatientChunkSize);
        var results = new NullPatientSummary[chunks];
        ForEachChunk(chunks, threads, k =>
        {
            var count = (int)Math.Min(PatientChunkSize, patients - ((long)k * PatientChunkSize));
            results[k] = PatientChunk(model, schedule, entry, definition, count, RandomStream.ForReplicate(unchecked((ulong)seed), k));
            onProgress?.Invoke(count);
        }, ct);

        var total = default(NullPatientSummary);
        foreach (var r in results)
        {
            total = total.Add(r);
        }

        return total;
    }

    /// <summary>
    /// Simulates <paramref name="studies"/> studies, each drawing untreated patients until <paramref name="studyPatients"/>
    /// are evaluable, and counts the studies with at least <paramref name="claimedResponders"/> responders.
    /// </summary>
    /// <param name="model">The null model.</param>
    /// <param name="schedule">Visit schedule.</param>
    /// <param name="entry">Entry rule.</param>
    /// <param name="definition">Responder definition.</param>
    /// <param name="studyPatients">Evaluable patients per study (the claim's n), at least 1.</param>
    /// <param name="claimedResponders">The claimed responder count.</param>
    /// <param name="studies">Number of studies, at least 1.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="threads">Maximum degree of parallelism.</param>
    /// <param name="maxDrawsPerStudy">Safety cap on patients drawn for one study; exceeding it throws <see cref="InvalidOperationException"/>.</param>
    /// <param name="onProgress">Called with the number of studies just finished; may be null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>Studies with at least the claimed count, and the patients drawn in all.</returns>
    public static (long AtLeastClaimed, long PatientsDrawn) SimulateStudies(IUntreatedTrajectoryModel model, PrePostSchedule schedule, EntryRule entry,
        ResponderDefinition definition, int studyPatients, int claimedResponders, int studies, long seed, int threads, long maxDrawsPerStudy,
        Action<long>? onProgress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfLessThan(studyPatients, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(studies, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var chunks = (studies + StudyChunkSize - 1) / StudyChunkSize;
        var hits = new long[chunks];
        var drawn = new long[chunks];
        ForEachChunk(chunks, threads, k =>
        {
            var count = Math.Min(StudyChunkSize, studies - (k * StudyChunkSize));
            var random = RandomStream.ForReplicate(unchecked((ulong)seed), StudyStreamOffset + k);
            var scores = new double[schedule.AssessmentCount];
            for (var s = 0; s < count; s++)
            {
                var evaluable = 0;
                var responders = 0;
                long draws = 0;
                while (evaluable < studyPatients)
                {
                    if (++draws > maxDrawsPerStudy)
                    {
                        throw new InvalidOperationException($"A simulated study needed more than {maxDrawsPerStudy} patients to find {studyPatients} evaluable ones; the entry rule admits almost nobody.");
                    }

                    var p = Patient(model, schedule, random, scores);
                    if (entry.Admits(p.Pre, p.Decline) && definition.IsEvaluable(p.Pre))
                    {
                        evaluable++;
                        responders += definition.Responds(p.Pre, p.Post) ? 1 : 0;
                    }
                }

                hits[k] += responders >= claimedResponders ? 1 : 0;
                drawn[k] += draws;
            }

            onProgress?.Invoke(count);
        }, ct);

        return (hits.Sum(), drawn.Sum());
    }

    // Parallel.For wraps a worker's exception in an AggregateException; callers get the first one as thrown.
    private static void ForEachChunk(int chunks, int threads, Action<int> body, CancellationToken ct)
    {
        try
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static NullPatientSummary PatientChunk(IUntreatedTrajectoryModel model, PrePostSchedule schedule, EntryRule entry, ResponderDefinition definition, int count, RandomStream random)
    {
        var scores = new double[schedule.AssessmentCount];
        long entered = 0, evaluable = 0, responders = 0;
        double sumPre = 0, sumPost = 0;
        for (var i = 0; i < count; i++)
        {
            var p = Patient(model, schedule, random, scores);
            if (!entry.Admits(p.Pre, p.Decline))
            {
                continue;
            }

            entered++;
            if (!definition.IsEvaluable(p.Pre))
            {
                continue;
            }

            evaluable++;
            sumPre += p.Pre;
            sumPost += p.Post;
            responders += definition.Responds(p.Pre, p.Post) ? 1 : 0;
        }

        return new NullPatientSummary(count, entered, evaluable, responders, sumPre, sumPost);
    }

    private static (double Pre, double Post, double Decline) Patient(IUntreatedTrajectoryModel model, PrePostSchedule schedule, RandomStream random, double[] scores)
    {
        model.Simulate(random, schedule.AssessmentTimes, scores);
        var wPre = schedule.PreWeights;
        var wPost = schedule.PostWeights;
        double pre = 0, post = 0;
        for (var j = 0; j < scores.Length; j++)
        {
            pre += wPre[j] * scores[j];
            post += wPost[j] * scores[j];
        }

        return (pre, post, scores[0] - scores[schedule.LastPreIndex]);
    }
}
