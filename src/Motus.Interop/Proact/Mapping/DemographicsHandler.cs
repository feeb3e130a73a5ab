using System.Globalization;
using Motus.Domain.Common;
using Motus.Domain.Patients;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;
using Motus.Interop.Proact.Schema;
using Motus.Interop.Proact.Vocabulary;

namespace Motus.Interop.Proact.Mapping;

/// <summary>
/// Demographics: one row per subject, which makes the subject a patient. Sex is stored; Date_of_Birth (negative
/// days) gives the year of birth, or, without it, Age (years at day 0) does. Ethnicity and race are not stored.
/// </summary>
internal sealed class DemographicsHandler(ImportContext ctx) : IFormHandler
{
    private static readonly FormSchema S = ProactSchemas.Demographics;
    private static readonly int Delta = S.Col("Demographics_Delta");
    private static readonly int Age = S.Col("Age");
    private static readonly int Birth = S.Col("Date_of_Birth");
    private static readonly int SexCol = S.Col("Sex");

    public FormSchema Schema => S;

    public void HandleRow(ref RowReader row)
    {
        if (ctx.Subjects.Find(row.Cell(0)) is { } earlier)
        {
            row.Error(0, ImportRuleIds.DuplicateRow, string.Create(CultureInfo.InvariantCulture, $"is already listed on line {earlier.Origin.Line}"));
            return;
        }

        var code = row.Cell(0).ToString();
        if (!Codes.IsValid(code))
        {
            row.Error(0, ImportRuleIds.Subject, "must be a code of 1–40 letters, digits, '.', '_' or '-'");
            return;
        }

        if (ctx.Subjects.FindIgnoringCase(code) is { } sameButCase)
        {
            var v = new ViolationList();
            v.Add(DomainRules.PatientCodeUnique, nameof(PatientDetails.Code), code, $"{sameButCase.Code} on line {sameButCase.Origin.Line}");
            ViolationReport.Add(ctx, v.Items[0], new SourceCell(row.File, row.Line, ProactSchemas.SubjectId, false));
            return;
        }

        _ = row.Integral(Delta);
        var sex = row.Code<Sex>(SexCol, PatientVocabulary.TryParseSex, "Male, Female");
        var birth = row.Date(Birth);
        var age = row.Number(Age);
        var subject = new SubjectData(code, new SourceCell(row.File, row.Line, ProactSchemas.SubjectId, false));
        ctx.Subjects.Add(subject);
        subject.Sources[nameof(PatientDetails.Code)] = subject.Origin;
        subject.Sources[nameof(PatientDetails.Sex)] = new SourceCell(row.File, row.Line, S.Columns[SexCol], false);
        if (row.HasErrors)
        {
            return;
        }

        int? yearOfBirth = null;
        if (birth is { } b)
        {
            yearOfBirth = b.Year;
            subject.Sources[nameof(PatientDetails.YearOfBirth)] = new SourceCell(row.File, row.Line, S.Columns[Birth], false);
        }
        else if (age is { } years)
        {
            yearOfBirth = YearOfBirth(ctx.Options.AnchorDate, years);
            subject.Sources[nameof(PatientDetails.YearOfBirth)] = new SourceCell(row.File, row.Line, S.Columns[Age], false);
        }

        subject.Details = subject.Details with { Sex = sex ?? Sex.Unknown, YearOfBirth = yearOfBirth };
    }

    /// <summary>
    /// The year of birth of someone <paramref name="age"/> years old on <paramref name="anchor"/>:
    /// ⌊anchor as a fractional year − age⌋, which is <c>anchor.Year − age</c> for a whole age.
    /// </summary>
    public static int YearOfBirth(DateOnly anchor, double age)
    {
        var fraction = (anchor.DayOfYear - 1) / 366.0;
        return (int)Math.Clamp(Math.Floor(anchor.Year + fraction - age), -1_000_000, 1_000_000);
    }
}
