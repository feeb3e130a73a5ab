using Motus.Domain.Records;
using Motus.Domain.Studies;

namespace Motus.Interop.Proact;

/// <summary>A PRO-ACT folder read into domain objects: one date-shifted study, one site, and every patient with their records.</summary>
public sealed class ProactDataset
{
    internal ProactDataset(Study study, Site site, IReadOnlyList<PatientRecord> patients, IReadOnlyDictionary<string, int> rowsPerFile)
    {
        Study = study;
        Site = site;
        Patients = patients;
        RowsPerFile = rowsPerFile;
        TotalRows = rowsPerFile.Values.Sum();
    }

    /// <summary>The study, date-shifted (<see cref="Study.DateShiftAnchor"/> = the import's anchor date), with one arm per distinct <c>Study_Arm</c>.</summary>
    public Study Study { get; }

    /// <summary>The one site every patient is placed at.</summary>
    public Site Site { get; }

    /// <summary>One record per Demographics subject, in the order of the Demographics file.</summary>
    public IReadOnlyList<PatientRecord> Patients { get; }

    /// <summary>Data rows (header excluded) per file read, keyed by file name.</summary>
    public IReadOnlyDictionary<string, int> RowsPerFile { get; }

    /// <summary>Data rows over all files.</summary>
    public int TotalRows { get; }
}
