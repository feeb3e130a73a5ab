using Motus.Domain.Common;
using Motus.Domain.Validation;

namespace Motus.Domain.Studies;

/// <summary>A site (centre) of a study. Users are granted access per site.</summary>
public sealed class Site
{
    private Site() => (Code, Name) = ("", "");

    private Site(StudyId studyId, string code, string name, string? country)
    {
        Id = SiteId.New();
        StudyId = studyId;
        Code = code;
        Name = name;
        Country = country;
    }

    /// <summary>The site's id.</summary>
    public SiteId Id { get; private set; }

    /// <summary>The study the site takes part in.</summary>
    public StudyId StudyId { get; private set; }

    /// <summary>Short code, unique within the study (rule STUDY-04).</summary>
    public string Code { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; }

    /// <summary>ISO 3166 country code or name, optional.</summary>
    public string? Country { get; private set; }

    /// <summary>Creates a site, checking STUDY-04 and the text rules.</summary>
    public static Validated<Site> Create(StudyId studyId, string code, string name, string? country = null)
    {
        var v = new ViolationList();
        v.When(!Codes.IsValid(code), DomainRules.CodePattern, nameof(Code), code);
        v.RequiredText(name, nameof(Name), 200);
        v.OptionalText(country, nameof(Country), 60);
        return Validated<Site>.From(v.Items, () => new Site(studyId, code, name, country));
    }
}
