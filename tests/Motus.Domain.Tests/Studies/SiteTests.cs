using Motus.Domain.Studies;

namespace Motus.Domain.Tests.Studies;

public sealed class SiteTests
{
    [Fact]
    public void Create_Valid_KeepsFields()
    {
        // Arrange
        var studyId = StudyId.New();

        // Act
        var site = Site.Create(studyId, "S-01", "Charité Berlin", "DE").Value;

        // Assert
        Assert.Equal((studyId, "S-01", "Charité Berlin", (string?)"DE"), (site.StudyId, site.Code, site.Name, site.Country));
        Assert.NotEqual(Guid.Empty, site.Id.Value);
    }

    [Fact]
    public void Create_BlankNameAndLongCountry_ReportsBoth()
    {
        // Act
        var result = Site.Create(StudyId.New(), "S-01", "", new string('c', 61));

        // Assert
        Assert.Equal([("GEN-03", "Name"), ("GEN-04", "Country")], ViolationAssert.Pairs(result.Violations));
    }
}
