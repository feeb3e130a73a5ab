using System.Globalization;
using Motus.Domain.Patients;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>Riluzole: one row per subject; Subject_used_Riluzole (Yes/No) is riluzole use at baseline, reported on Riluzole_use_Delta.</summary>
internal sealed class RiluzoleHandler : IFormHandler
{
    private static readonly FormSchema S = ProactSchemas.Riluzole;
    private static readonly int Used = S.Col("Subject_used_Riluzole");
    private static readonly int Delta = S.Col("Riluzole_use_Delta");
    private readonly Dictionary<SubjectData, int> _seen = [];

    public FormSchema Schema => S;

    public void HandleRow(ref RowReader row)
    {
        if (row.Subject() is not { } subject)
        {
            return;
        }

        var used = row.Code<bool>(Used, PatientVocabulary.TryParseYesNo, "Yes, No");
        var date = row.Date(Delta);
        if (row.HasErrors)
        {
            return;
        }

        if (!_seen.TryAdd(subject, row.Line))
        {
            row.Error(0, ImportRuleIds.DuplicateRow, string.Create(CultureInfo.InvariantCulture, $"has a riluzole row already, on line {_seen[subject]}"));
            return;
        }

        if (used is not null)
        {
            subject.Sources[nameof(PatientDetails.RiluzoleAtBaseline)] = new SourceCell(row.File, row.Line, S.Columns[Used], false);
        }

        if (date is not null)
        {
            subject.Sources[nameof(PatientDetails.RiluzoleReportDate)] = new SourceCell(row.File, row.Line, S.Columns[Delta], true);
        }

        subject.Details = subject.Details with { RiluzoleAtBaseline = used, RiluzoleReportDate = date };
    }
}
