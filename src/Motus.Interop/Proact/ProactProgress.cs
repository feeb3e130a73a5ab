namespace Motus.Interop.Proact;

/// <summary>Progress of a read, reported as bytes of the folder's form files are consumed.</summary>
/// <param name="File">The file being read.</param>
/// <param name="BytesRead">Bytes read so far over all form files.</param>
/// <param name="BytesTotal">Total size of all form files to read.</param>
public sealed record ProactProgress(string File, long BytesRead, long BytesTotal);
