using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Motus.Application.Access;
using Motus.Application.Accounts;
using Motus.Data.Accounts;
using Motus.Data.Auditing;

namespace Motus.Application.Tests.Accounts;

/// <summary>The access log's rules with a fixed clock: classification, token use once a minute, filters, cleaning; unlocking; change notices.</summary>
public sealed class AccessLogTests
{
    private static readonly ChangeContext Cli = new("alice@cli", AuditSource.Cli);

    public static TheoryData<bool, bool, bool, string, AccessOutcome, bool> SignIns() => new()
    {
        { true, false, false, "succeeded", AccessOutcome.Succeeded, false },
        { false, false, false, "failed", AccessOutcome.UnknownUser, false },
        { true, true, true, "locked", AccessOutcome.Disabled, false },
        { true, false, true, "locked", AccessOutcome.LockedOut, false },
        { true, false, false, "failed", AccessOutcome.WrongPassword, false },
        { true, false, false, "locked", AccessOutcome.WrongPassword, true },
        { true, false, false, "not-allowed", AccessOutcome.NotAllowed, false },
    };

    [Theory]
    [MemberData(nameof(SignIns))]
    public void ClassifySignIn_Result_OutcomeAndLockoutStart(bool exists, bool disabled, bool lockedBefore, string result, AccessOutcome outcome, bool lockoutStarted)
    {
        var identity = result switch
        {
            "succeeded" => SignInResult.Success,
            "locked" => SignInResult.LockedOut,
            "not-allowed" => SignInResult.NotAllowed,
            _ => SignInResult.Failed,
        };

        Assert.Equal((outcome, lockoutStarted), AccessLog.ClassifySignIn(exists, disabled, lockedBefore, identity));
    }

    [Fact]
    public async Task AuthenticateAsync_ManyUsesWithinAMinute_OneRowThenAnotherAfterTheMinute()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("ivy", "Ivy", MotusRoles.Administrator, []), Cli);
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var created = await tokens.CreateAsync("ivy", "script", null, Cli);

        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(await tokens.AuthenticateAsync(created.Secret));
            db.Clock.Advance(TimeSpan.FromSeconds(10)); // uses at 0 … 40 s: within the minute of the first use
        }

        var withinMinute = await TokenRowsAsync(scope); // the clock is at 50 s
        db.Clock.Advance(TimeSpan.FromSeconds(11)); // 61 s after the first use
        await tokens.AuthenticateAsync(created.Secret);
        var afterMinute = await TokenRowsAsync(scope);

        var first = Assert.Single(withinMinute);
        Assert.Equal((AccessEvent.TokenUse, AccessOutcome.Succeeded, "ivy", created.Token.Id), (first.Event, first.Outcome, first.UserName, first.TokenId));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), first.At);
        Assert.Equal(2, afterMinute.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 1, 1, TimeSpan.Zero), afterMinute[1].At);
        Assert.Equal(afterMinute[1].At, (await tokens.ListAsync("ivy")).Single().LastUsedAt);
    }

    [Fact]
    public async Task RecordUseAsync_TwoRequestsSawTheSameLastUse_OnlyTheFirstRecords()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("jay", "Jay", MotusRoles.Administrator, []), Cli);
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var created = await tokens.CreateAsync("jay", "script", null, Cli);
        var owner = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.SingleAsync(u => u.UserName == "jay");

        var first = await tokens.RecordUseAsync(created.Token.Id, null, owner);
        var second = await tokens.RecordUseAsync(created.Token.Id, null, owner); // a concurrent request that read the token before the first wrote

        Assert.True(first);
        Assert.False(second);
        Assert.Single(await TokenRowsAsync(scope));
    }

    [Fact]
    public async Task RecordSignInAsync_UnknownNameWithControlCharacters_StoredAsTypedButCleanedAndCut()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<AccessLog>();
        var typed = "evil\u001b[31mname" + new string('x', 300);

        var outcome = await log.RecordSignInAsync(typed, null, false, SignInResult.Failed);

        var row = Assert.Single(await log.QueryAsync(new AccessLogQuery()));
        Assert.Equal(AccessOutcome.UnknownUser, outcome);
        Assert.Equal((AccessEvent.SignIn, AccessOutcome.UnknownUser, false), (row.Event, row.Outcome, row.KnownUser));
        Assert.Equal(AccessLogEntry.UserNameLength, row.UserName.Length);
        Assert.StartsWith("evil\uFFFD[31mname", row.UserName, StringComparison.Ordinal);
        Assert.Null(row.RemoteIp); // no HTTP request outside the web host
    }

    [Fact]
    public async Task QueryAsync_UserSinceAndOutcome_FilterInTheDatabase()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ManageUsers>().AddAsync(new NewUser("kim", "Kim", MotusRoles.Administrator, []), Cli);
        var kim = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == "kim");
        var log = scope.ServiceProvider.GetRequiredService<AccessLog>();
        await log.RecordSignInAsync("KIM", kim, false, SignInResult.Failed);        // 10:00, typed in capitals
        db.Clock.Advance(TimeSpan.FromDays(1));
        await log.RecordSignInAsync("nobody", null, false, SignInResult.Failed);   // next day
        await log.RecordSignInAsync("kim", kim, false, SignInResult.Success);

        var kims = await log.QueryAsync(new AccessLogQuery(UserName: "Kim"));
        var sinceToday = await log.QueryAsync(new AccessLogQuery(Since: new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)));
        var wrong = await log.QueryAsync(new AccessLogQuery(Outcome: AccessOutcome.WrongPassword));
        var newest = await log.QueryAsync(new AccessLogQuery(Limit: 1));
        var last = await log.LastSignInsAsync();

        Assert.Equal([AccessOutcome.Succeeded, AccessOutcome.WrongPassword], kims.Select(r => r.Outcome));
        Assert.All(kims, r => Assert.Equal("kim", r.UserName)); // the account's name, not as typed
        Assert.Equal(["kim", "nobody"], sinceToday.Select(r => r.UserName));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), Assert.Single(wrong).At);
        Assert.Equal("kim", Assert.Single(newest).UserName);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), last["kim"]);
    }

    [Fact]
    public async Task AccessLog_UpdateOrDelete_RefusedByTheDatabase()
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccessLog>().RecordSignInAsync("x", null, false, SignInResult.Failed);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => accounts.Database.ExecuteSqlRawAsync("UPDATE AccessLog SET UserName = 'y'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => accounts.Database.ExecuteSqlRawAsync("DELETE FROM AccessLog"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("x", (await accounts.AccessLog.AsNoTracking().SingleAsync()).UserName);
    }

    [Fact]
    public async Task UnlockAsync_LockedUser_AuditRowWithReasonAndNotice()
    {
        await using var db = await TempDatabase.CreateAsync();
        var notices = new RecordingNotifier();
        await using var provider = await ProviderWithAsync(db, notices);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser("lee", "Lee", MotusRoles.Administrator, []), Cli);
        var identity = scope.ServiceProvider.GetRequiredService<UserManager<MotusUser>>();
        var lee = (await identity.FindByNameAsync("lee"))!;
        await identity.SetLockoutEndDateAsync(lee, db.Clock.GetUtcNow().AddMinutes(15));

        await users.UnlockAsync("lee", new ChangeContext("admin", AuditSource.Ui, "called the help desk"));

        await using var context = db.Database.CreateContext();
        var row = await context.AuditEntries.OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal(("admin", AuditAction.Update, "User", "lee", "LockoutEnd", "2026-11-25T10:15:00.000000Z", null, "called the help desk"),
            (row.Actor, row.Action, row.EntityType, row.EntityId, row.Field, row.OldValue, row.NewValue, row.Reason));
        Assert.Null((await users.ListAsync()).Single().LockedOutUntil);
        Assert.True((await AuditChain.VerifyAsync(context)).IsIntact);
        Assert.Equal([AccountChangeKind.Unlocked], notices.Changes.Select(c => (c.Kind)));
        Assert.Equal(lee.Id, notices.Changes[0].UserId);
    }

    [Theory]
    [InlineData("not locked", "called", "is not locked out")]
    [InlineData("disabled", "called", "stays disabled")]
    [InlineData("locked", "", "Give a reason")]
    public async Task UnlockAsync_BadRequest_UsageErrorAndNoRow(string state, string reason, string message)
    {
        await using var db = await TempDatabase.CreateAsync();
        await using var provider = await AccountsRuntime.CreateAsync(db.Database);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await users.AddAsync(new NewUser("max", "Max", MotusRoles.Administrator, []), Cli);
        var identity = scope.ServiceProvider.GetRequiredService<UserManager<MotusUser>>();
        if (state == "locked")
        {
            await identity.SetLockoutEndDateAsync((await identity.FindByNameAsync("max"))!, db.Clock.GetUtcNow().AddMinutes(15));
        }
        else if (state == "disabled")
        {
            await users.DisableAsync("max", new ChangeContext("admin", AuditSource.Ui, "left"));
        }

        await using var context = db.Database.CreateContext();
        var before = await context.AuditEntries.CountAsync();

        var e = await Assert.ThrowsAsync<MotusException>(() => users.UnlockAsync("max", new ChangeContext("admin", AuditSource.Ui, reason)));

        Assert.Equal(ExitCategory.Usage, e.Category);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await context.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AccountChanges_DisableChangeRevokeAndLockout_EachToldToTheNotifierAfterCommit()
    {
        await using var db = await TempDatabase.CreateAsync();
        var notices = new RecordingNotifier();
        await using var provider = await ProviderWithAsync(db, notices);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        await users.AddAsync(new NewUser("ned", "Ned", MotusRoles.Administrator, []), Cli);
        var token = await tokens.CreateAsync("ned", "t", null, Cli);
        var identity = scope.ServiceProvider.GetRequiredService<UserManager<MotusUser>>();
        var ned = (await identity.FindByNameAsync("ned"))!;

        await tokens.RevokeAsync("ned", token.Token.Id, Cli);
        await users.ChangeAccessAsync("ned", MotusRoles.Administrator, null, null, Cli with { Reason = "same role" }); // no change: no notice
        await identity.SetLockoutEndDateAsync(ned, db.Clock.GetUtcNow().AddMinutes(15));
        await scope.ServiceProvider.GetRequiredService<AccessLog>().RecordSignInAsync("ned", ned, false, SignInResult.LockedOut);
        await users.DisableAsync("ned", Cli with { Reason = "left" });

        Assert.Equal([(AccountChangeKind.TokenRevoked, token.Token.Id), (AccountChangeKind.LockedOut, null), (AccountChangeKind.Disabled, null)],
            notices.Changes.Select(c => (c.Kind, c.TokenId)));
        Assert.All(notices.Changes, c => Assert.Equal((ned.Id, "ned"), (c.UserId, c.UserName)));
    }

    private static async Task<ServiceProvider> ProviderWithAsync(TempDatabase db, IAccountChangeNotifier notifier)
    {
        var accounts = new AccountsDatabase(db.Database.Options);
        await accounts.InitializeAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db.Database);
        services.AddSingleton(accounts);
        services.AddSingleton<TimeProvider>(db.Clock);
        services.AddSingleton(notifier);
        services.AddMotusAccounts();
        return services.BuildServiceProvider();
    }

    private static async Task<List<AccessLogEntry>> TokenRowsAsync(AsyncServiceScope scope) =>
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AccessLog.AsNoTracking()
            .Where(r => r.Event == AccessEvent.TokenUse).OrderBy(r => r.Id).ToListAsync();

    private sealed class RecordingNotifier : IAccountChangeNotifier
    {
        public List<AccountChange> Changes { get; } = [];

        public void AccountChanged(AccountChange change) => Changes.Add(change);
    }
}
