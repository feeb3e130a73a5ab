namespace Motus.Simulation.NaturalHistory;

/// <summary>How a simulated disease course ends (the ENCALS composite event, split into its kinds).</summary>
public enum TerminalEventKind
{
    /// <summary>Death.</summary>
    Death = 1,

    /// <summary>Tracheostomy (invasive ventilation); follow-up ends with it.</summary>
    Tracheostomy = 2,
}
