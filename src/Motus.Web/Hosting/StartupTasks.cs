using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Motus.Application.Accounts;
using Motus.Application.Database;

namespace Motus.Web.Hosting;

/// <summary>
/// Before the server accepts requests: creates or migrates the database (clinical and accounts tables), creates the
/// roles, and — only when there is no user at all — an administrator with a generated password. Seeds no clinical
/// data. Once listening, prints the URL and how to sign in.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, MotusDatabase database, AccountsDatabase accounts, StartupReport report,
    IServer server, IHostApplicationLifetime lifetime) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var applied = new List<string>(await database.InitializeAsync(cancellationToken));
        applied.AddRange(await accounts.InitializeAsync(cancellationToken));
        report.MigrationsApplied = applied;
        await using var scope = services.CreateAsyncScope();
        report.CreatedAdministrator = await scope.ServiceProvider.GetRequiredService<ManageUsers>().EnsureAdministratorAsync(cancellationToken);
        lifetime.ApplicationStarted.Register(PrintWelcome);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintWelcome()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.Out.WriteLine($"Motus is serving {database.Options.Describe()}");
        foreach (var url in urls)
        {
            Console.Out.WriteLine($"  open {url}");
        }

        if (report.CreatedAdministrator is { } admin)
        {
            Console.Out.WriteLine($"First start: created user '{admin.UserName}' (Administrator) with password  {admin.Password}");
            Console.Out.WriteLine("  Sign in with it, then add people with 'motus users add NAME --role ROLE --site CODE'. The password is shown only now.");
        }
        else
        {
            Console.Out.WriteLine("  Sign in with your user name and password ('motus users list' shows the users). Stop with Ctrl+C.");
        }
    }
}
