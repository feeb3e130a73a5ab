namespace Motus.Data.Accounts;

/// <summary>A user's membership of a site: the user sees and (by role) changes only the patients of their sites.</summary>
public sealed class UserSite
{
    /// <summary>The user's id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The site's id (<c>Sites.Id</c> of the clinical model).</summary>
    public Guid SiteId { get; set; }
}
