namespace Motus.Interop.Proact.Reading;

/// <summary>
/// Turns bytes read into <see cref="ProactProgress"/> reports, at most one per <see cref="Step"/> bytes plus one per
/// file end. Thread-safe: record forms are read in parallel; reports are made one at a time, with bytes read never
/// decreasing, naming the file whose bytes were counted last.
/// </summary>
internal sealed class ProgressTracker(IProgress<ProactProgress>? progress, long total)
{
    private const long Step = 1 << 20;
    private readonly Lock _lock = new();
    private long _read;
    private long _lastReported = -1;

    public void Advance(string file, int bytes)
    {
        lock (_lock)
        {
            _read += bytes;
            if (_read - _lastReported >= Step)
            {
                ReportLocked(file);
            }
        }
    }

    public void Report(string file)
    {
        lock (_lock)
        {
            ReportLocked(file);
        }
    }

    private void ReportLocked(string file)
    {
        _lastReported = _read;
        progress?.Report(new ProactProgress(file, _read, total));
    }
}
