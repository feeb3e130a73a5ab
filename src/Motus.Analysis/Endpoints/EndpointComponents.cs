namespace Motus.Analysis.Endpoints;

/// <summary>The events a composite endpoint may count; the endpoint is reached at the first of those included.</summary>
[Flags]
public enum EndpointComponents
{
    /// <summary>No component (not a valid endpoint on its own).</summary>
    None = 0,

    /// <summary>Death (a current <c>ClinicalEventKind.Death</c> event).</summary>
    Death = 1,

    /// <summary>Tracheostomy (a current <c>ClinicalEventKind.Tracheostomy</c> event).</summary>
    Tracheostomy = 2,

    /// <summary>
    /// Sustained non-invasive ventilation, the usual operational definition of permanent assisted ventilation (PAV):
    /// NIV use at or above a number of hours per day on a number of consecutive days, from
    /// <c>ClinicalEventKind.NivUsage</c> interval records (see <see cref="CompositeEndpointDefinition"/>).
    /// </summary>
    SustainedNiv = 4,

    /// <summary>The start of NIV (a current <c>ClinicalEventKind.NivStart</c> event), whatever the daily use.</summary>
    NivStart = 8,
}
