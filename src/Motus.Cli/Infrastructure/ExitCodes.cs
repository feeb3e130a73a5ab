namespace Motus.Cli;

/// <summary>Process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Wrong command, options or environment (e.g. no database yet).</summary>
    public const int Usage = 1;
    /// <summary>Bad or conflicting data (import errors, a broken audit chain).</summary>
    public const int DataError = 2;
}
