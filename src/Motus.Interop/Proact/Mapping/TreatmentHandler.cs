using System.Globalization;
using Motus.Domain.Common;
using Motus.Domain.Patients;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;

namespace Motus.Interop.Proact.Mapping;

/// <summary>Treatment: one row per subject; Study_Arm is the patient's arm code, and each distinct arm becomes an arm of the study.</summary>
internal sealed class TreatmentHandler(ImportContext ctx) : IFormHandler
{
    private static readonly FormSchema S = ProactSchemas.Treatment;
    private static readonly int Arm = S.Col("Study_Arm");
    private static readonly int Delta = S.Col("Treatment_Group_Delta");
    private readonly Dictionary<SubjectData, int> _seen = [];

    public FormSchema Schema => S;

    public void HandleRow(ref RowReader row)
    {
        if (row.Subject() is not { } subject)
        {
            return;
        }

        _ = row.Integral(Delta);
        var arm = row.Text(Arm);
        if (row.HasErrors)
        {
            return;
        }

        if (!_seen.TryAdd(subject, row.Line))
        {
            row.Error(0, ImportRuleIds.DuplicateRow, string.Create(CultureInfo.InvariantCulture, $"has a treatment row already, on line {_seen[subject]}"));
            return;
        }

        if (arm is null)
        {
            return;
        }

        // An arm that is not a valid code is reported once per patient through rule STUDY-04 on the patient's arm.
        if (Codes.IsValid(arm))
        {
            ctx.AddArm(arm);
        }

        subject.Sources[nameof(PatientDetails.ArmCode)] = new SourceCell(row.File, row.Line, S.Columns[Arm], false);
        subject.Details = subject.Details with { ArmCode = arm };
    }
}
