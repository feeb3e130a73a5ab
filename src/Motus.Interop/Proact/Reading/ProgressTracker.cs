namespace Motus.Interop.Proact.Reading;

/// <summary>Turns bytes read into <see cref="ProactProgress"/> reports, at most one per <see cref="Step"/> bytes plus one per file end.</summary>
internal sealed class ProgressTracker(IProgress<ProactProgress>? progress, long total)
{
    private const long Step = 1 << 20;
    private long _read;
    private long _lastReported = -1;

    public string File { get; set; } = "";

    public void Advance(int bytes)
    {
        _read += bytes;
        if (_read - _lastReported >= Step)
        {
            Report();
        }
    }

    public void Report()
    {
        _lastReported = _read;
        progress?.Report(new ProactProgress(File, _read, total));
    }
}
