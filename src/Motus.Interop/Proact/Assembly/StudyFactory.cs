using Motus.Domain.Studies;
using Motus.Domain.Validation;
using Motus.Interop.Proact.Reading;

namespace Motus.Interop.Proact.Assembly;

/// <summary>
/// Creates the date-shifted study (one arm per distinct Study_Arm) and its one site from the import options. When an
/// option breaks a rule, the error is reported (file "", line 0) and a stand-in is used so that the files are still
/// checked; no dataset is returned then.
/// </summary>
internal static class StudyFactory
{
    public static (Study Study, Site Site) Create(ImportContext ctx)
    {
        var options = ctx.Options;
        var arms = ctx.Arms.Select(code => new ArmPlan(code, code)).ToList();
        var study = Study.Create(options.StudyName, options.ProtocolId, arms, [], dateShiftAnchor: options.AnchorDate);
        Report(ctx, study.Violations);
        var created = study.IsValid ? study.Value : Study.Create("PRO-ACT import", "PROACT", arms, [], options.AnchorDate).Value;
        var site = Site.Create(created.Id, options.SiteCode, options.SiteCode);
        Report(ctx, site.Violations);
        return (created, site.IsValid ? site.Value : Site.Create(created.Id, "SITE", "SITE").Value);
    }

    private static void Report(ImportContext ctx, IReadOnlyList<RuleViolation> violations)
    {
        foreach (var v in violations)
        {
            ctx.Errors.Add("", 0, v.Field, v.Value, v.RuleId, $"Import option {v.Message}");
        }
    }
}
