using System.Globalization;
using Motus.Domain.Common;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// A form whose rows become clinical records of the subject: reads the row into details, rejects a row repeating
/// the key of an earlier one, creates the record through the domain (so its rules are checked) and keeps it with
/// its line. A rule the record breaks is reported at the row, in the column the field came from.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TDetails">Its details.</typeparam>
internal abstract class RecordHandler<TRecord, TDetails>(FormSchema schema, ImportContext ctx) : IFormHandler, IColumnMap
    where TRecord : ClinicalRecord<TDetails>
    where TDetails : class, IRecordDetails
{
    private readonly Dictionary<(SubjectData Subject, object Key), int> _keys = [];

    public FormSchema Schema => schema;

    /// <summary>The record kind as <c>PatientRecordRules</c> names fields (<c>Kind.Field</c>).</summary>
    protected abstract string Kind { get; }

    protected ImportContext Context => ctx;

    public void HandleRow(ref RowReader row)
    {
        if (row.Subject() is not { } subject)
        {
            return;
        }

        var details = Map(ref row);
        if (details is null || row.HasErrors)
        {
            return;
        }

        var (key, keyCol, what) = KeyOf(details);
        if (!_keys.TryAdd((subject, key), row.Line))
        {
            row.Error(keyCol, ImportRuleIds.DuplicateRow, string.Create(CultureInfo.InvariantCulture,
                $"repeats {what} of line {_keys[(subject, key)]} for this subject"));
            return;
        }

        var created = Create(subject.PatientId, details, ctx.Options.Today);
        if (!created.IsValid)
        {
            foreach (var violation in created.Violations)
            {
                var column = ColumnOf(violation.Field, details);
                ViolationReport.Add(ctx, violation, new SourceCell(row.File, row.Line, column, schema.IsDelta(column)));
            }

            return;
        }

        ctx.AddRecord(subject, new ImportedRecord(created.Value, Kind, row.File, row.Line, schema, this));
    }

    public abstract string? ColumnOf(string field, IRecordDetails details);

    /// <summary>The row's details, or null when the row holds no record (errors are recorded on <paramref name="row"/>).</summary>
    protected abstract TDetails? Map(ref RowReader row);

    protected abstract Validated<TRecord> Create(PatientId patientId, TDetails details, DateOnly today);

    /// <summary>What makes two rows of a subject the same row: the key, the column to report and how to name it.</summary>
    protected abstract (object Key, int Column, string What) KeyOf(TDetails details);
}
