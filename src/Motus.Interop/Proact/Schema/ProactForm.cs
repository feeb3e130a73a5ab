namespace Motus.Interop.Proact.Schema;

/// <summary>The PRO-ACT forms Motus reads and writes.</summary>
internal enum ProactForm
{
    Demographics,
    AlsHistory,
    Alsfrs,
    Fvc,
    Svc,
    VitalSigns,
    Riluzole,
    Treatment,
    DeathData,
    AdverseEvents,
    ConMeds,
}
