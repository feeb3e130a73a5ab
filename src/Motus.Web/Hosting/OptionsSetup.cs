using Microsoft.Extensions.Options;
using Motus.Application.Database;

namespace Motus.Web.Hosting;

/// <summary>Typed options bound from configuration and validated when the host starts.</summary>
public static class OptionsSetup
{
    /// <summary>Binds <see cref="DatabaseOptions"/> (section <c>Database</c>) and <see cref="ImportOptions"/> (section <c>Import</c>) and fails start-up with every problem when unusable.</summary>
    public static WebApplicationBuilder AddMotusOptions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection("Database")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddOptions<ImportOptions>().Bind(builder.Configuration.GetSection("Import")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        return builder;
    }

    private sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
    {
        public ValidateOptionsResult Validate(string? name, ImportOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }

    private sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
