using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Motus.Data.Accounts;

/// <summary>
/// Users, roles, site memberships and access tokens (ASP.NET Core Identity's tables), in the same database as the
/// clinical data but with their own model and migrations (docs/adr/0005-accounts-context.md). Its migration history
/// lives in <see cref="MigrationsHistoryTable"/>.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<MotusUser>(options)
{
    /// <summary>The migration history table of this context (the clinical model uses EF's default).</summary>
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    /// <summary>Site memberships.</summary>
    public DbSet<UserSite> UserSites => Set<UserSite>();

    /// <summary>Personal access tokens.</summary>
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    /// <summary>The access log (sign-ins, lockouts, sign-outs, token use); append-only.</summary>
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<MotusUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Ignore(u => u.IsDisabled);
        });
        builder.Entity<UserSite>(e =>
        {
            e.HasKey(x => new { x.UserId, x.SiteId });
            e.HasOne<MotusUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AccessToken>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<MotusUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AccessLogEntry>(e =>
        {
            // No foreign key to the user: refused sign-ins name accounts that do not exist, and the log outlives nothing it points to.
            e.ToTable("AccessLog");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Event).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.UserName).HasMaxLength(AccessLogEntry.UserNameLength);
            e.Property(x => x.RemoteIp).HasMaxLength(AccessLogEntry.RemoteIpLength);
            e.Property(x => x.UserAgent).HasMaxLength(AccessLogEntry.UserAgentLength);
            e.Property(x => x.Detail).HasMaxLength(AccessLogEntry.DetailLength);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.UserName, x.Id });
            e.HasIndex(x => new { x.UserId, x.Id });
            if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                // SQLite compares DateTimeOffset (stored as text with an offset) only for equality; as a UTC DateTime the
                // text sorts in time order, so "since" filters and ordering run in the database.
                e.Property(x => x.At).HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
            }
        });
    }
}
