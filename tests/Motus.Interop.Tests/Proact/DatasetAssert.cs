using Motus.Domain.Common;
using Motus.Domain.Records;
using Motus.Interop.Proact;

namespace Motus.Interop.Tests.Proact;

/// <summary>Compares two datasets by value: every patient's details and every record's details, ignoring ids and order.</summary>
internal static class DatasetAssert
{
    public static void Equal(ProactDataset expected, ProactDataset actual)
    {
        Assert.Equal(expected.Study.DateShiftAnchor, actual.Study.DateShiftAnchor);
        Assert.Equal(expected.Study.Arms.Select(a => a.Code), actual.Study.Arms.Select(a => a.Code));
        Assert.Equal(expected.Patients.Select(p => p.Patient.Code), actual.Patients.Select(p => p.Patient.Code));
        foreach (var (e, a) in expected.Patients.Zip(actual.Patients))
        {
            Assert.Equal(e.Patient.Details, a.Patient.Details);
            Assert.Equal(Contents(e), Contents(a));
        }
    }

    /// <summary>Every record's details, ordered by kind, then date, then content.</summary>
    private static List<IRecordDetails> Contents(PatientRecord record) =>
        record.AllRecords()
            .Where(r => !r.Record.IsDeleted)
            .OrderBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Record.Content.Dates().First().Date)
            .ThenBy(r => r.Record.Content.ToString(), StringComparer.Ordinal)
            .Select(r => r.Record.Content)
            .ToList();
}
