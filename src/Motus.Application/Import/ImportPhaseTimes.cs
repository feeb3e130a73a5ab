namespace Motus.Application.Import;

/// <summary>
/// Where an import's wall-clock time went, for performance reports (docs/benchmarks.md). Phases may overlap: reading
/// runs while the database is opened, and merging the next batch runs while the previous one is written.
/// </summary>
/// <param name="Read">Reading and checking the files (ProactReader), from start to its result.</param>
/// <param name="Open">Opening the database and looking up the study, alongside the read.</param>
/// <param name="Merge">Comparing the imported patients with the database, summed over batches.</param>
/// <param name="Insert">From the first bulk insert to the last one's end (new rows and their audit rows).</param>
/// <param name="Writing">Of <paramref name="Insert"/>, the time the writing thread spent writing rows.</param>
/// <param name="Commit">Committing the transaction.</param>
public sealed record ImportPhaseTimes(TimeSpan Read, TimeSpan Open, TimeSpan Merge, TimeSpan Insert, TimeSpan Writing, TimeSpan Commit);
