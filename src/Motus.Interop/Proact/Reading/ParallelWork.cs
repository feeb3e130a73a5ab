using System.Runtime.ExceptionServices;

namespace Motus.Interop.Proact.Reading;

/// <summary>Runs independent parts of a read on every core, rethrowing a part's exception as itself (cancellation first).</summary>
internal static class ParallelWork
{
    /// <summary>Runs <paramref name="body"/> for each of <paramref name="parts"/>, in no particular order.</summary>
    public static void Run(IEnumerable<int> parts, Action<int> body, CancellationToken ct)
    {
        try
        {
            Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
        catch (AggregateException e)
        {
            ct.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
